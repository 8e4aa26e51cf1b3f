package ch.so.integration.daycenter.mis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * DC-19: the total occupancy of the last months as a bar chart in hand-written SVG: a y axis in percent with grid
 * lines, one bar per month labelled with its percentage (a dash where no capacity is known), the months below, a
 * dashed line at 100 %.
 */
public final class MisChart {

    public static final String MEDIA_TYPE = "image/svg+xml";

    static final int WIDTH = 760;
    static final int HEIGHT = 340;
    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 44;
    static final int BOTTOM = 48;

    /** One bar: the month (YYYY-MM) and its total occupancy, or null when unknown. */
    public record Bar(String month, BigDecimal percent) {
    }

    private MisChart() {
    }

    public static String svg(String title, List<Bar> bars) {
        double max = 100;
        for (Bar bar : bars) {
            if (bar.percent() != null) {
                max = Math.max(max, Math.ceil(bar.percent().doubleValue() / 25) * 25);
            }
        }
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int baseline = TOP + plotHeight;
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"Arial, Helvetica, sans-serif\" role=\"img\" aria-label=\"")
                .append(escape(title)).append("\">\n")
                .append("  <title>").append(escape(title)).append("</title>\n")
                .append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append("  <text x=\"").append(WIDTH / 2).append("\" y=\"24\" text-anchor=\"middle\" font-size=\"16\" "
                        + "font-weight=\"bold\">").append(escape(title)).append("</text>\n");
        for (double tick = 0; tick <= max + 0.001; tick += 25) {
            double y = baseline - tick / max * plotHeight;
            svg.append("  <line x1=\"").append(LEFT).append("\" y1=\"").append(num(y)).append("\" x2=\"")
                    .append(WIDTH - RIGHT).append("\" y2=\"").append(num(y))
                    .append(tick == 100 ? "\" stroke=\"#c0392b\" stroke-dasharray=\"4 3\"/>\n"
                            : "\" stroke=\"#dddddd\"/>\n")
                    .append("  <text x=\"").append(LEFT - 6).append("\" y=\"").append(num(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"11\">").append((int) tick).append(" %</text>\n");
        }
        svg.append("  <line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
                .append("\" y2=\"").append(baseline).append("\" stroke=\"#333333\"/>\n")
                .append("  <line x1=\"").append(LEFT).append("\" y1=\"").append(baseline).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y2=\"").append(baseline).append("\" stroke=\"#333333\"/>\n");
        double slot = bars.isEmpty() ? plotWidth : (double) plotWidth / bars.size();
        double barWidth = slot * 0.6;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double center = LEFT + slot * i + slot / 2;
            if (bar.percent() != null) {
                double h = bar.percent().doubleValue() / max * plotHeight;
                svg.append("  <rect class=\"bar\" x=\"").append(num(center - barWidth / 2)).append("\" y=\"")
                        .append(num(baseline - h)).append("\" width=\"").append(num(barWidth))
                        .append("\" height=\"").append(num(h)).append("\" fill=\"#2e86c1\"><title>")
                        .append(escape(bar.month())).append(": ").append(percentText(bar.percent()))
                        .append("</title></rect>\n")
                        .append("  <text x=\"").append(num(center)).append("\" y=\"").append(num(baseline - h - 4))
                        .append("\" text-anchor=\"middle\" font-size=\"11\">").append(percentText(bar.percent()))
                        .append("</text>\n");
            } else {
                svg.append("  <text x=\"").append(num(center)).append("\" y=\"").append(baseline - 4)
                        .append("\" text-anchor=\"middle\" font-size=\"11\">–</text>\n");
            }
            svg.append("  <text class=\"month\" x=\"").append(num(center)).append("\" y=\"").append(baseline + 18)
                    .append("\" text-anchor=\"middle\" font-size=\"11\">").append(escape(bar.month()))
                    .append("</text>\n");
        }
        svg.append("  <text x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT - 8)
                .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#555555\">Total occupancy at month end "
                        + "(Pensum-weighted held half-days / capacity half-days)</text>\n")
                .append("</svg>\n");
        return svg.toString();
    }

    static String percentText(BigDecimal percent) {
        return percent.toPlainString() + " %";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
