-- Checklists of standard risks, named by project templates (riskChecklist), applied to a project created from one.
create table risk_checklist (
    code         text        primary key,
    name         text        not null,
    description  text,
    built_in     boolean     not null,
    items        text        not null check (json_typeof(items::json) = 'array'),
    updated_by   text        not null,
    updated_at   timestamptz not null,
    version      bigint      not null
);

-- Which checklist a project's register was opened with: each project gets one at most, once.
create table risk_checklist_applied (
    project_id      uuid        primary key,
    checklist_code  text        not null,
    risks           integer     not null,
    applied_at      timestamptz not null
);

insert into risk_checklist (code, name, description, built_in, items, updated_by, updated_at, version) values
('it-software-development', 'Software development', 'Standard risks of delivering a business application', true, '[
  {"title": "Requirements keep changing after the architecture is set", "category": "TECHNICAL", "cause": "Business stakeholders refine their needs while increments are built", "event": "Late changes invalidate designed components", "effect": "Rework and a later release", "probability": 4, "impact": 3},
  {"title": "Integration with existing systems fails in system test", "category": "NEW_TECHNOLOGY", "cause": "Interfaces are specified but not exercised before system test", "event": "Interfaces fail with production-like data", "effect": "Release slips while interfaces are fixed", "probability": 3, "impact": 4},
  {"title": "Security vulnerabilities found before release", "category": "CYBERSECURITY", "cause": "Security testing happens late", "event": "A penetration test finds critical vulnerabilities", "effect": "Release blocked until they are fixed", "probability": 3, "impact": 4},
  {"title": "Key developers are pulled into other projects", "category": "RESOURCE", "cause": "Shared specialists across the portfolio", "event": "Developers leave the team mid-increment", "effect": "Velocity drops, increments slip", "probability": 3, "impact": 3}
]', 'gantry', '2026-01-01T00:00:00Z', 0),
('it-network-rollout', 'Network roll-out', 'Standard risks of rolling out network equipment to sites', true, '[
  {"title": "Carrier delivers circuits late", "category": "VENDOR", "cause": "Circuit orders depend on local carriers", "event": "Sites are not connected on their cut-over date", "effect": "Waves slip; old contracts run longer", "probability": 4, "impact": 3},
  {"title": "Site access is refused on the cut-over day", "category": "OPERATIONS", "cause": "Sites are run by third parties or have local change freezes", "event": "Engineers cannot enter the site", "effect": "Wasted visits and rescheduling", "probability": 3, "impact": 2},
  {"title": "Firewall and routing policies have gaps after cut-over", "category": "CYBERSECURITY", "cause": "Policies are rebuilt for the new equipment", "event": "Traffic is allowed that the old rules blocked", "effect": "A security incident at a site", "probability": 2, "impact": 5},
  {"title": "Hardware shipments are delayed", "category": "VENDOR", "cause": "Long lead times for network equipment", "event": "Devices arrive after the planned staging", "effect": "Staging and waves move", "probability": 3, "impact": 3}
]', 'gantry', '2026-01-01T00:00:00Z', 0),
('it-system-upgrade', 'System upgrade', 'Standard risks of upgrading a running system', true, '[
  {"title": "Customisations break on the new release", "category": "TECHNICAL", "cause": "Custom code relies on internals of the old release", "event": "Custom functions fail in the test upgrade", "effect": "Rework of the customisations before go-live", "probability": 4, "impact": 3},
  {"title": "Upgrade exceeds the agreed downtime window", "category": "OPERATIONS", "cause": "Data conversion time was measured on a smaller copy", "event": "The production upgrade runs past the window", "effect": "Business operations are interrupted", "probability": 3, "impact": 4},
  {"title": "Vendor support ends before the upgrade is live", "category": "VENDOR", "cause": "The vendor shortened the support window", "event": "Security patches stop for the running release", "effect": "Running unsupported software", "probability": 2, "impact": 4}
]', 'gantry', '2026-01-01T00:00:00Z', 0),
('it-infrastructure-migration', 'Infrastructure migration', 'Standard risks of moving workloads to new infrastructure', true, '[
  {"title": "Data is lost or corrupted during migration", "category": "DATA_MIGRATION", "cause": "Large volumes move under time pressure", "event": "Checksums differ after the move", "effect": "Restore from backup and repeat the migration", "probability": 2, "impact": 5},
  {"title": "Undocumented dependencies break applications after the move", "category": "TECHNICAL", "cause": "The dependency inventory is incomplete", "event": "Applications fail to reach a system left behind", "effect": "Outages and rollbacks", "probability": 4, "impact": 4},
  {"title": "Compliance requirements for data location are not met", "category": "COMPLIANCE", "cause": "The target region was chosen for cost", "event": "An audit finds personal data outside the allowed region", "effect": "Fines and a forced second migration", "probability": 2, "impact": 5}
]', 'gantry', '2026-01-01T00:00:00Z', 0),
('it-generic', 'Generic IT project', 'Standard risks of any IT project', true, '[
  {"title": "Scope grows without a change decision", "category": "SCHEDULE", "cause": "Requests are accepted informally", "event": "Work is added to the plan without a change decision", "effect": "The finish and the budget slip", "probability": 3, "impact": 3},
  {"title": "Key people are unavailable when needed", "category": "RESOURCE", "cause": "Specialists are shared across projects", "event": "Tasks wait for a specialist", "effect": "Critical tasks slip", "probability": 3, "impact": 3}
]', 'gantry', '2026-01-01T00:00:00Z', 0);
