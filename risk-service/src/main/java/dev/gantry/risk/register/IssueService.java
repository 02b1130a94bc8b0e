package dev.gantry.risk.register;

import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.patch.Patch;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.risk.register.domain.IssueStatus;
import dev.gantry.risk.register.domain.ProjectIssue;
import dev.gantry.risk.register.persistence.RiskRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The project's issue log: the risks that occurred, followed until resolved. */
@ApplicationScoped
@Transactional
public class IssueService {

    private final RiskRecords records;
    private final RiskAccess access;
    private final Clock clock;

    IssueService(RiskRecords records, RiskAccess access, Clock clock) {
        this.records = records;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProjectIssue> list(UUID projectId) {
        access.require(projectId, ProjectPermission.READ);
        return records.issues(projectId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectIssue get(UUID projectId, UUID issueId) {
        access.require(projectId, ProjectPermission.READ);
        return find(projectId, issueId);
    }

    /** Changes the owner, status and resolution; a resolved issue says how it was resolved. */
    public ProjectIssue update(UUID projectId, UUID issueId, String ifMatch, Patch<String> owner,
                               Patch<IssueStatus> status, Patch<String> resolution) {
        access.require(projectId, ProjectPermission.WRITE);
        ProjectIssue issue = find(projectId, issueId);
        ETags.requireMatch(ifMatch, issue.version);
        if (issue.change(owner.orElse(issue.owner), status.orElse(issue.status), resolution.orElse(issue.resolution),
                clock.instant())) {
            records.flush();
        }
        return issue;
    }

    private ProjectIssue find(UUID projectId, UUID issueId) {
        return records.issue(projectId, issueId).orElseThrow(() -> new NotFoundException("Issue", issueId));
    }
}
