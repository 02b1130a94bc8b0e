package dev.gantry.risk.register;

import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.http.ETags;
import dev.gantry.risk.register.domain.RiskCategory;
import dev.gantry.risk.register.domain.RiskMatrix;
import dev.gantry.risk.register.persistence.MatrixRepository;
import dev.gantry.risk.register.persistence.RiskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** The organisation's scoring matrix and risk categories, which the PMO keeps. */
@ApplicationScoped
@Transactional
public class MatrixService {

    private final MatrixRepository matrices;
    private final RiskRepository risks;
    private final RiskAccess access;
    private final Clock clock;

    MatrixService(MatrixRepository matrices, RiskRepository risks, RiskAccess access, Clock clock) {
        this.matrices = matrices;
        this.risks = risks;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RiskMatrix current() {
        return matrices.current();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RiskMatrix> history() {
        return matrices.history();
    }

    /**
     * Replaces the matrix with a new version. ETag/If-Match is the current version's number. A matrix with fewer
     * levels than some risk's scores use is refused: those risks would lose their place in it.
     */
    public RiskMatrix change(String ifMatch, List<String> probabilityLabels, List<Integer> probabilityPercents,
                             List<String> impactLabels, int mediumFrom, int highFrom, int criticalFrom, String reason) {
        RiskMatrix current = matrices.currentLocked();
        ETags.requireMatch(ifMatch, current.version);
        RiskMatrix next = RiskMatrix.next(current, probabilityLabels, probabilityPercents, impactLabels, mediumFrom,
                highFrom, criticalFrom, access.who(), reason, clock.instant());
        if (risks.anyScoredBeyond(next.probabilityLevels(), next.impactLevels())) {
            throw new ConflictException("Some risks are scored on levels this matrix would not have",
                    List.of("Rescore the risks above " + next.probabilityLevels() + " × " + next.impactLevels()
                            + " first, or keep more levels"));
        }
        matrices.add(next);
        return next;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RiskCategory> categories() {
        return matrices.categories();
    }

    /** Adds one of the organisation's own categories; its code is the name in upper case with underscores. */
    public RiskCategory addCategory(String code, String name) {
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        if (!normalised.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new ValidationException(FieldError.body("/code",
                    "2 to 40 letters, digits and underscores, starting with a letter"));
        }
        RiskCategory category = RiskCategory.own(normalised, name.strip(), clock.instant());
        if (!matrices.addIfAbsent(category)) {
            throw new ConflictException("Category " + normalised + " exists already",
                    List.of("Pick another code, or use " + normalised));
        }
        return category;
    }
}
