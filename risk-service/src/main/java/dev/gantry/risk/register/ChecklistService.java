package dev.gantry.risk.register;

import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.http.ETags;
import dev.gantry.risk.register.domain.ChecklistItem;
import dev.gantry.risk.register.domain.RiskChecklist;
import dev.gantry.risk.register.domain.RiskDetails;
import dev.gantry.risk.register.domain.RiskMatrix;
import dev.gantry.risk.register.persistence.MatrixRepository;
import dev.gantry.risk.register.persistence.RiskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The checklists of standard risks, kept by the PMO, and their application to a new project's register. */
@ApplicationScoped
@Transactional
public class ChecklistService {

    private static final Logger LOG = Logger.getLogger(ChecklistService.class);

    private final EntityManager em;
    private final RiskRepository risks;
    private final MatrixRepository matrices;
    private final AutomaticRisks automatic;
    private final RiskAccess access;
    private final Clock clock;

    ChecklistService(EntityManager em, RiskRepository risks, MatrixRepository matrices, AutomaticRisks automatic,
                     RiskAccess access, Clock clock) {
        this.em = em;
        this.risks = risks;
        this.matrices = matrices;
        this.automatic = automatic;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RiskChecklist> list() {
        return em.createQuery("from RiskChecklist order by code", RiskChecklist.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RiskChecklist get(String code) {
        return Optional.ofNullable(em.find(RiskChecklist.class, code))
                .orElseThrow(() -> new NotFoundException("Checklist", code));
    }

    /**
     * Creates the checklist or replaces it. Replacing needs If-Match with its ETag; creating needs none (a checklist
     * created meanwhile under the same code is 412 for a request that named a version, 409 otherwise).
     */
    public Saved save(String code, String ifMatch, String name, String description, List<ChecklistItem> items) {
        String normalised = code.strip().toLowerCase(Locale.ROOT);
        if (!normalised.matches("[a-z][a-z0-9-]{1,99}")) {
            throw new ValidationException(FieldError.parameter("code",
                    "2 to 100 lower-case letters, digits and hyphens, starting with a letter"));
        }
        check(items);
        Instant now = clock.instant();
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 17))").setParameter(1, normalised)
                .getSingleResult();
        RiskChecklist checklist = em.find(RiskChecklist.class, normalised);
        boolean created = checklist == null;
        if (created) {
            if (ifMatch != null && !ifMatch.strip().equals("*")) {
                throw new NotFoundException("Checklist", normalised);
            }
            checklist = new RiskChecklist();
            checklist.code = normalised;
            checklist.builtIn = false;
        } else {
            ETags.requireMatch(ifMatch, checklist.version);
        }
        checklist.name = name.strip();
        checklist.description = description == null || description.isBlank() ? null : description.strip();
        checklist.items = items.toArray(ChecklistItem[]::new);
        checklist.updatedBy = access.who();
        checklist.updatedAt = now;
        if (created) {
            em.persist(checklist);
        }
        em.flush();
        return new Saved(checklist, created);
    }

    /** A saved checklist, and whether the save created it. */
    public record Saved(RiskChecklist checklist, boolean created) {
    }

    public void remove(String code, String ifMatch) {
        RiskChecklist checklist = get(code);
        ETags.requireMatch(ifMatch, checklist.version);
        if (checklist.builtIn) {
            throw new ConflictException("Checklist " + code + " comes with Gantry and stays",
                    List.of("Change its risks instead, or stop naming it in your templates"));
        }
        em.remove(checklist);
        em.flush();
    }

    /**
     * Opens the project's register with the checklist's risks, once per project (a second template application, or
     * a redelivered event, adds none). An unknown checklist adds nothing and is logged: the template names it, but the
     * PMO has not written it (yet). Runs in the consumer's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int apply(UUID projectId, String code) {
        RiskChecklist checklist = em.find(RiskChecklist.class, code);
        if (checklist == null) {
            LOG.warnf("Project %s names risk checklist '%s', which does not exist: its register opens empty",
                    projectId, code);
            return 0;
        }
        risks.lockRegister(projectId);
        Instant now = clock.instant();
        int inserted = em.createNativeQuery("insert into risk_checklist_applied (project_id, checklist_code, risks,"
                        + " applied_at) values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, projectId).setParameter(2, code).setParameter(3, checklist.items.length)
                .setParameter(4, now).executeUpdate();
        if (inserted == 0) {
            return 0;
        }
        RiskMatrix matrix = matrices.current();
        for (ChecklistItem item : checklist.items) {
            Integer probability = item.probability() == null ? null
                    : Math.min(item.probability(), matrix.probabilityLevels());
            Integer impact = item.impact() == null ? null : Math.min(item.impact(), matrix.impactLevels());
            String category = matrices.category(item.category()).isPresent() ? item.category() : "TECHNICAL";
            automatic.enter(projectId, new RiskDetails(item.title(), item.cause(), item.event(), item.effect(),
                    category, null, null, null, null, probability, impact, null, null, null, null, null, null,
                    List.of("checklist"), List.of()), "From checklist " + code, now, risk -> { });
        }
        risks.flush();
        LOG.infof("Opened the register of project %s with checklist %s: %d risks", projectId, code,
                checklist.items.length);
        return checklist.items.length;
    }

    private void check(List<ChecklistItem> items) {
        List<FieldError> errors = new ArrayList<>();
        if (items.size() > RiskChecklist.MAX_ITEMS) {
            errors.add(FieldError.body("/items", "at most " + RiskChecklist.MAX_ITEMS + " risks"));
        }
        RiskMatrix matrix = matrices.current();
        for (int i = 0; i < items.size(); i++) {
            ChecklistItem item = items.get(i);
            String at = "/items/" + i;
            if (item == null || item.title() == null || item.title().isBlank() || item.title().length() > 200) {
                errors.add(FieldError.body(at + "/title", "1 to 200 characters"));
                continue;
            }
            if (item.category() == null || matrices.category(item.category()).isEmpty()) {
                errors.add(FieldError.body(at + "/category", "must be a category code of GET /api/risks/categories"));
            }
            for (String text : new String[]{item.cause(), item.event(), item.effect()}) {
                if (text != null && text.length() > 2000) {
                    errors.add(FieldError.body(at, "cause, event and effect take at most 2000 characters each"));
                }
            }
            if (item.probability() != null && (item.probability() < 1 || item.probability() > matrix.probabilityLevels())) {
                errors.add(FieldError.body(at + "/probability", "1 to " + matrix.probabilityLevels()));
            }
            if (item.impact() != null && (item.impact() < 1 || item.impact() > matrix.impactLevels())) {
                errors.add(FieldError.body(at + "/impact", "1 to " + matrix.impactLevels()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
