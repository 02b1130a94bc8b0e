package dev.gantry.scheduling.engine;

/**
 * Builds the leaf-level network MS Project schedules: links between leaf tasks as given, plus the links
 * implied by links on summary tasks. A link into a summary holds back every leaf under it; a link out of a
 * summary is driven by all its leaves for FS/FF, and by its earliest-starting leaf for SS/SF (the leaf that
 * gives the summary its start).
 */
final class NetworkBuilder {

    private NetworkBuilder() {
    }

    /** Every link as given, summary ends included (for free slack). */
    static LinkGraph planLinks(CompiledPlan c) {
        LinkGraph.Builder b = new LinkGraph.Builder(c.taskCount, c.linkCount);
        for (int k = 0; k < c.linkCount; k++) {
            b.add(c.linkPred[k], c.linkSucc[k], k);
        }
        return b.build();
    }

    /** Links whose both ends are leaves. */
    static LinkGraph leafLinks(CompiledPlan c) {
        LinkGraph.Builder b = new LinkGraph.Builder(c.taskCount, c.linkCount);
        for (int k = 0; k < c.linkCount; k++) {
            int p = c.linkPred[k];
            int s = c.linkSucc[k];
            if (!c.summary[p] && !c.summary[s]) {
                b.add(p, s, k);
            }
        }
        return b.build();
    }

    /** All links with summary ends spread onto leaves; {@code earlyStart} picks a summary's earliest leaf. */
    static LinkGraph withSummaryLinks(CompiledPlan c, long[] earlyStart) {
        LinkGraph.Builder b = new LinkGraph.Builder(c.taskCount, c.linkCount * 2);
        int[] single = new int[1];
        for (int k = 0; k < c.linkCount; k++) {
            int p = c.linkPred[k];
            int s = c.linkSucc[k];
            int[] preds;
            int predFrom;
            int predTo;
            if (!c.summary[p]) {
                single[0] = p;
                preds = single;
                predFrom = 0;
                predTo = 1;
            } else if (c.linkType[k] == CompiledPlan.SS || c.linkType[k] == CompiledPlan.SF) {
                int earliest = earliestLeaf(c, p, earlyStart);
                if (earliest < 0) {
                    continue;
                }
                single[0] = earliest;
                preds = single;
                predFrom = 0;
                predTo = 1;
            } else {
                preds = c.leafDescendants;
                predFrom = c.leafDescendantsStart[p];
                predTo = c.leafDescendantsStart[p + 1];
            }
            for (int x = predFrom; x < predTo; x++) {
                int pl = preds[x];
                if (c.summary[p] && !c.countsTowardsFinish(pl)) {
                    continue; // a blank row is not part of its summary's dates
                }
                if (!c.summary[s]) {
                    b.add(pl, s, k);
                } else {
                    for (int y = c.leafDescendantsStart[s]; y < c.leafDescendantsStart[s + 1]; y++) {
                        b.add(pl, c.leafDescendants[y], k);
                    }
                }
            }
        }
        return b.build();
    }

    private static int earliestLeaf(CompiledPlan c, int summary, long[] earlyStart) {
        int best = -1;
        for (int y = c.leafDescendantsStart[summary]; y < c.leafDescendantsStart[summary + 1]; y++) {
            int leaf = c.leafDescendants[y];
            if (!c.countsTowardsFinish(leaf)) {
                continue;
            }
            if (best < 0 || earlyStart[leaf] < earlyStart[best]) {
                best = leaf;
            }
        }
        return best;
    }
}
