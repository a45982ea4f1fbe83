package org.storycompare.eval;

import java.util.Arrays;

/**
 * Gradient-boosted regression trees for logistic loss (Friedman 2001, second-order leaf values and split
 * gain as in Chen and Guestrin 2016), written for offline fitting of the paraphrase model. Features are
 * binned at up to {@link #BINS} quantile cut points; trees are complete binary trees of a fixed depth.
 * Deterministic: no sampling.
 */
public final class Boost {

    static final int BINS = 48;

    /**
     * A fitted model: bias (log-odds) plus the sum of tree outputs. Tree t has internal nodes
     * {@code t * (2^depth - 1) + k} (feature, threshold; go left when value <= threshold) in heap order and
     * leaves {@code t * 2^depth + k}.
     */
    public record Model(double bias, int depth, int[] feature, double[] threshold, double[] leaf) {

        public int trees() {
            return leaf.length >> depth;
        }

        public double margin(double[] f) {
            int inner = (1 << depth) - 1;
            double z = bias;
            for (int t = 0, n = trees(); t < n; t++) {
                int k = 0;
                for (int d = 0; d < depth; d++) {
                    int node = t * inner + k;
                    k = 2 * k + (f[feature[node]] <= threshold[node] ? 1 : 2);
                }
                z += leaf[(t << depth) + k - inner];
            }
            return z;
        }

        public double probability(double[] f) {
            return 1.0 / (1.0 + Math.exp(-margin(f)));
        }
    }

    private Boost() {
    }

    /**
     * Fits trees of the given depth with learning rate lr; lambda is the L2 penalty on leaf values and minHess
     * the least hessian mass of a child.
     */
    public static Model fit(double[][] x, int[] y, int trees, int depth, double lr, double lambda, double minHess) {
        int n = x.length;
        int d = x[0].length;
        double[][] cuts = new double[d][];
        int[][] bin = new int[d][n];
        for (int f = 0; f < d; f++) {
            cuts[f] = cuts(x, f);
            for (int i = 0; i < n; i++) {
                int b = Arrays.binarySearch(cuts[f], x[i][f]);
                bin[f][i] = b >= 0 ? b : -b - 1; // bin k holds values in (cuts[k-1], cuts[k]]
            }
        }
        double pos = Arrays.stream(y).sum();
        double bias = Math.log((pos + 1) / (n - pos + 1));
        double[] z = new double[n];
        Arrays.fill(z, bias);
        int inner = (1 << depth) - 1;
        int leaves = 1 << depth;
        int[] feature = new int[trees * inner];
        double[] threshold = new double[trees * inner];
        double[] leaf = new double[trees * leaves];
        double[] g = new double[n];
        double[] h = new double[n];
        int[] node = new int[n];
        for (int t = 0; t < trees; t++) {
            for (int i = 0; i < n; i++) {
                double p = 1.0 / (1.0 + Math.exp(-z[i]));
                g[i] = y[i] - p;
                h[i] = Math.max(1e-6, p * (1 - p));
            }
            Arrays.fill(node, 0);
            for (int level = 0; level < depth; level++) {
                int first = (1 << level) - 1;
                int count = 1 << level;
                double[][][] gh = new double[count][d][];
                for (int c = 0; c < count; c++) {
                    for (int f = 0; f < d; f++) {
                        gh[c][f] = new double[2 * (cuts[f].length + 1)];
                    }
                }
                for (int i = 0; i < n; i++) {
                    int c = node[i] - first;
                    for (int f = 0; f < d; f++) {
                        double[] hist = gh[c][f];
                        hist[2 * bin[f][i]] += g[i];
                        hist[2 * bin[f][i] + 1] += h[i];
                    }
                }
                for (int c = 0; c < count; c++) {
                    int best = 0;
                    double bestThr = Double.POSITIVE_INFINITY;
                    double bestGain = 1e-9;
                    for (int f = 0; f < d; f++) {
                        double[] hist = gh[c][f];
                        double gt = 0;
                        double ht = 0;
                        for (int k = 0; k < hist.length; k += 2) {
                            gt += hist[k];
                            ht += hist[k + 1];
                        }
                        double parent = gt * gt / (ht + lambda);
                        double gl = 0;
                        double hl = 0;
                        for (int k = 0; k < cuts[f].length; k++) {
                            gl += hist[2 * k];
                            hl += hist[2 * k + 1];
                            double gr = gt - gl;
                            double hr = ht - hl;
                            if (hl < minHess || hr < minHess) {
                                continue;
                            }
                            double gain = gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - parent;
                            if (gain > bestGain) {
                                bestGain = gain;
                                best = f;
                                bestThr = cuts[f][k];
                            }
                        }
                    }
                    feature[t * inner + first + c] = best;
                    threshold[t * inner + first + c] = bestThr;
                }
                for (int i = 0; i < n; i++) {
                    int at = t * inner + node[i];
                    node[i] = 2 * node[i] + (x[i][feature[at]] <= threshold[at] ? 1 : 2);
                }
            }
            double[] lg = new double[leaves];
            double[] lh = new double[leaves];
            for (int i = 0; i < n; i++) {
                int k = node[i] - inner;
                lg[k] += g[i];
                lh[k] += h[i];
            }
            for (int k = 0; k < leaves; k++) {
                leaf[t * leaves + k] = lr * lg[k] / (lh[k] + lambda);
            }
            for (int i = 0; i < n; i++) {
                z[i] += leaf[t * leaves + node[i] - inner];
            }
        }
        return new Model(bias, depth, feature, threshold, leaf);
    }

    /** Cut points of feature f: midpoints between distinct values, each bin holding at least n / BINS rows. */
    private static double[] cuts(double[][] x, int f) {
        double[] v = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = x[i][f];
        }
        Arrays.sort(v);
        int minRun = Math.max(1, v.length / BINS);
        double[] out = new double[v.length];
        int m = 0;
        int last = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] != v[i - 1] && i - last >= minRun) {
                out[m++] = (v[i - 1] + v[i]) / 2;
                last = i;
            }
        }
        return Arrays.copyOf(out, m);
    }
}
