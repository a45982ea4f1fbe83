package org.storycompare.engine.paraphrase;

/**
 * Logistic regression over {@link PairScorer#FEATURES}: similarity = 1 / (1 + exp(-(BIAS + WEIGHTS . f))).
 *
 * <p>The weights were fitted offline by iteratively re-weighted least squares (L2 = 1.0) on a 70% split of the
 * MSRP training file (pairs whose index, after a seeded shuffle with seed 4, falls in the first 70%), and are
 * evaluated on the held-out 30%. Reproduce with {@code mvn -o -B -Peval verify -DskipTests}; the evaluation
 * prints the fitted weights as "fitted on split" and writes them to target/eval/paraphrase.json.
 */
final class SimilarityModel {

    static final double BIAS = -4.8044;
    static final double[] WEIGHTS = {
        0.0038, 0.3487, 0.3445, -1.1854, 3.9336, -0.6372, 2.6481, 2.6622, 0.1997, -1.2810,
        -2.9927, 3.6693, 0.0650, 0.2884, -0.5087};

    private SimilarityModel() {
    }

    static double probability(double[] f) {
        return probability(f, BIAS, WEIGHTS);
    }

    static double probability(double[] f, double bias, double[] w) {
        double z = bias;
        for (int k = 0; k < w.length; k++) {
            z += w[k] * f[k];
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
