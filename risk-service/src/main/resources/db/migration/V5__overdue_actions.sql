-- The due date for which an action's being overdue was announced (RiskResponseOverdue): once per due date.
alter table risk_action add column overdue_announced_for date;
create index risk_action_due on risk_action (due_on) where status in ('PLANNED', 'IN_PROGRESS');
