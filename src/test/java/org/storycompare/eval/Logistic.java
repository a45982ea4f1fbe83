package org.storycompare.eval;

/** Logistic regression fitted by iteratively re-weighted least squares (Newton's method) with an L2 penalty. */
final class Logistic {

    /** Fitted model: bias and one weight per feature. */
    record Model(double bias, double[] weights) {
        double probability(double[] f) {
            double z = bias;
            for (int k = 0; k < weights.length; k++) {
                z += weights[k] * f[k];
            }
            return 1.0 / (1.0 + Math.exp(-z));
        }
    }

    private Logistic() {
    }

    /** Fits on rows x (features) and labels y (0/1); the bias is not penalised. */
    static Model fit(double[][] x, int[] y, double l2) {
        int d = x[0].length + 1;
        double[] w = new double[d];
        for (int iter = 0; iter < 50; iter++) {
            double[][] h = new double[d][d];
            double[] g = new double[d];
            for (int n = 0; n < x.length; n++) {
                double[] row = withBias(x[n]);
                double z = 0;
                for (int k = 0; k < d; k++) {
                    z += w[k] * row[k];
                }
                double p = 1.0 / (1.0 + Math.exp(-z));
                double r = p * (1 - p);
                for (int a = 0; a < d; a++) {
                    g[a] += (y[n] - p) * row[a];
                    for (int b = 0; b < d; b++) {
                        h[a][b] += r * row[a] * row[b];
                    }
                }
            }
            for (int a = 1; a < d; a++) {
                g[a] -= l2 * w[a];
                h[a][a] += l2;
            }
            double[] step = solve(h, g);
            double max = 0;
            for (int k = 0; k < d; k++) {
                w[k] += step[k];
                max = Math.max(max, Math.abs(step[k]));
            }
            if (max < 1e-8) {
                break;
            }
        }
        double[] weights = new double[d - 1];
        System.arraycopy(w, 1, weights, 0, d - 1);
        return new Model(w[0], weights);
    }

    private static double[] withBias(double[] f) {
        double[] r = new double[f.length + 1];
        r[0] = 1;
        System.arraycopy(f, 0, r, 1, f.length);
        return r;
    }

    /** Gaussian elimination with partial pivoting. */
    static double[] solve(double[][] m, double[] v) {
        int n = v.length;
        double[][] a = new double[n][];
        double[] b = v.clone();
        for (int i = 0; i < n; i++) {
            a[i] = m[i].clone();
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            double tb = b[c];
            b[c] = b[piv];
            b[piv] = tb;
            if (Math.abs(a[c][c]) < 1e-12) {
                continue;
            }
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k < n; k++) {
                    a[r][k] -= f * a[c][k];
                }
                b[r] -= f * b[c];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * x[k];
            }
            x[r] = Math.abs(a[r][r]) < 1e-12 ? 0 : s / a[r][r];
        }
        return x;
    }
}
