package org.nhsblueprint.consultation;

/**
 * Pairwise precision and recall of one grouping against another: a pair of responses counts when both groupings put
 * them in one group. Precision: the share of our same-group pairs that the reference also groups; recall: the share of
 * the reference's pairs we group. Stateless.
 *
 * @param ours       pairs we group together
 * @param reference  pairs the reference groups together
 * @param both       pairs both group together
 */
public record PairAgreement(long ours, long reference, long both) {

    /** @param ourLabel and referenceLabel one label per response; a negative label means "in no group" */
    public static PairAgreement of(int[] ourLabel, int[] referenceLabel) {
        if (ourLabel.length != referenceLabel.length) {
            throw new IllegalArgumentException("two labels per response");
        }
        long ours = 0;
        long ref = 0;
        long both = 0;
        for (int i = 0; i < ourLabel.length; i++) {
            for (int j = i + 1; j < ourLabel.length; j++) {
                boolean o = ourLabel[i] >= 0 && ourLabel[i] == ourLabel[j];
                boolean r = referenceLabel[i] >= 0 && referenceLabel[i] == referenceLabel[j];
                ours += o ? 1 : 0;
                ref += r ? 1 : 0;
                both += o && r ? 1 : 0;
            }
        }
        return new PairAgreement(ours, ref, both);
    }

    public double precision() {
        return ours == 0 ? 1 : (double) both / ours;
    }

    public double recall() {
        return reference == 0 ? 1 : (double) both / reference;
    }
}
