-- Task records on the schedules topic now carry a task's levelling delay and split time (fields only added: the
-- record type keeps its version). Projects whose tasks have either are marked for republication, so that the topic
-- holds them and a consumer rebuilding the network from it computes the same dates as projects-service.
update project_schedule ps set republish = true
    where exists (select 1 from schedule_task t
                  where t.project_id = ps.project_id and (t.leveling_delay_minutes > 0 or t.split_minutes > 0));
