package org.newsgraph.server.chart;

/**
 * A deterministic force-directed layout (Fruchterman and Reingold, 1991, with a weak pull to the centre so that
 * separate groups stay in view): nodes start on a circle in the order given and move for a fixed number of rounds,
 * so the same graph always gets the same picture. O(n^2) per round; meant for at most a few hundred nodes.
 */
final class ForceLayout {
    private static final int ROUNDS = 400;

    private ForceLayout() {
    }

    /**
     * Positions for {@code n} nodes in the unit square [0,1]^2, as {@code [x0, y0, x1, y1, ...]}.
     *
     * @param edges pairs of node indexes, {@code [a0, b0, a1, b1, ...]}
     * @param weights the weight of each edge (more weight pulls harder)
     */
    static double[] layout(int n, int[] edges, double[] weights) {
        double[] pos = new double[2 * n];
        if (n == 0) {
            return pos;
        }
        if (n == 1) {
            pos[0] = 0.5;
            pos[1] = 0.5;
            return pos;
        }
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            pos[2 * i] = 0.5 + 0.4 * Math.cos(angle);
            pos[2 * i + 1] = 0.5 + 0.4 * Math.sin(angle);
        }
        double k = 1.0 * Math.sqrt(1.0 / n);
        double[] disp = new double[2 * n];
        for (int round = 0; round < ROUNDS; round++) {
            double temperature = 0.1 * (1 - (double) round / ROUNDS) + 0.002;
            java.util.Arrays.fill(disp, 0);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = pos[2 * i] - pos[2 * j];
                    double dy = pos[2 * i + 1] - pos[2 * j + 1];
                    double d2 = dx * dx + dy * dy;
                    if (d2 < 1e-9) {
                        dx = 1e-3 * ((i + j) % 2 == 0 ? 1 : -1);
                        dy = 1e-3;
                        d2 = dx * dx + dy * dy;
                    }
                    double f = k * k / d2; // repulsion k^2/d, along the unit vector (dx/d)
                    disp[2 * i] += dx * f;
                    disp[2 * i + 1] += dy * f;
                    disp[2 * j] -= dx * f;
                    disp[2 * j + 1] -= dy * f;
                }
            }
            for (int e = 0; e < edges.length / 2; e++) {
                int a = edges[2 * e];
                int b = edges[2 * e + 1];
                double dx = pos[2 * a] - pos[2 * b];
                double dy = pos[2 * a + 1] - pos[2 * b + 1];
                double d = Math.sqrt(dx * dx + dy * dy);
                double f = d / k * (1 + Math.log1p(weights[e]) * 0.3); // attraction d^2/k, along dx/d
                disp[2 * a] -= dx * f;
                disp[2 * a + 1] -= dy * f;
                disp[2 * b] += dx * f;
                disp[2 * b + 1] += dy * f;
            }
            // Nodes keep off the links of others, so a line never seems to pass through a person it does not join.
            // Once the layout has mostly settled (the last third), and only while that is affordable.
            double clearance = 0.35 * k;
            boolean clear = round > ROUNDS * 2 / 3 && (long) edges.length / 2 * n <= 40_000;
            for (int e = 0; clear && e < edges.length / 2; e++) {
                int a = edges[2 * e];
                int b = edges[2 * e + 1];
                double ex = pos[2 * b] - pos[2 * a];
                double ey = pos[2 * b + 1] - pos[2 * a + 1];
                double len2 = ex * ex + ey * ey;
                if (len2 < 1e-12) {
                    continue;
                }
                for (int c = 0; c < n; c++) {
                    if (c == a || c == b) {
                        continue;
                    }
                    double t = ((pos[2 * c] - pos[2 * a]) * ex + (pos[2 * c + 1] - pos[2 * a + 1]) * ey) / len2;
                    if (t <= 0.05 || t >= 0.95) {
                        continue;
                    }
                    double px = pos[2 * a] + t * ex;
                    double py = pos[2 * a + 1] + t * ey;
                    double dx = pos[2 * c] - px;
                    double dy = pos[2 * c + 1] - py;
                    double d = Math.sqrt(dx * dx + dy * dy);
                    if (d >= clearance) {
                        continue;
                    }
                    if (d < 1e-9) { // exactly on the line: step off it at a right angle
                        dx = -ey;
                        dy = ex;
                        d = Math.sqrt(dx * dx + dy * dy);
                    }
                    double f = (clearance - d) * 2.0;
                    disp[2 * c] += dx / d * f;
                    disp[2 * c + 1] += dy / d * f;
                }
            }
            for (int i = 0; i < n; i++) {
                disp[2 * i] += (0.5 - pos[2 * i]) * 0.05;
                disp[2 * i + 1] += (0.5 - pos[2 * i + 1]) * 0.05;
                double dx = disp[2 * i];
                double dy = disp[2 * i + 1];
                double d = Math.sqrt(dx * dx + dy * dy);
                if (d > 0) {
                    double step = Math.min(d, temperature);
                    pos[2 * i] += dx / d * step;
                    pos[2 * i + 1] += dy / d * step;
                }
            }
        }
        // Fit into the unit square.
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, pos[2 * i]);
            maxX = Math.max(maxX, pos[2 * i]);
            minY = Math.min(minY, pos[2 * i + 1]);
            maxY = Math.max(maxY, pos[2 * i + 1]);
        }
        double w = Math.max(maxX - minX, 1e-6);
        double h = Math.max(maxY - minY, 1e-6);
        for (int i = 0; i < n; i++) {
            pos[2 * i] = (pos[2 * i] - minX) / w;
            pos[2 * i + 1] = (pos[2 * i + 1] - minY) / h;
        }
        return pos;
    }
}
