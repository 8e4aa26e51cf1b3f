package ch.so.integration.platform.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Text for PDFBox's standard 14 Helvetica with WinAnsiEncoding: makes any string printable and wraps it by the font's
 * metrics. WinAnsi covers German, French and Italian (ä ö ü ß é è à ç « » – €); other letters fall back to their base
 * letter (ć → c, đ → d), and anything else (emoji, CJK) becomes '?', so rendering never fails on input.
 */
public final class PdfText {

    private static final char REPLACEMENT = '?';

    /** Letters without a canonical decomposition that still have an obvious Latin base letter. */
    private static final Map<Integer, String> FALLBACKS = Map.ofEntries(
            Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "D"), Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"),
            Map.entry((int) 'ı', "i"), Map.entry((int) 'ħ', "h"), Map.entry((int) 'Ħ', "H"),
            Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2012, "-"), Map.entry(0x2212, "-"),
            Map.entry(0x2032, "'"), Map.entry(0x2033, "\""), Map.entry(0x2043, "-"), Map.entry(0x2192, "->"));

    /** The code points that both Helvetica and Helvetica-Bold can show with WinAnsiEncoding. */
    private static final Set<Integer> PRINTABLE = printable();

    private PdfText() {
    }

    /**
     * One printable line: NFC-normalised, whitespace and line breaks to single spaces, invisible format characters
     * dropped, letters outside WinAnsi reduced to their base letter where there is one, everything else '?'.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(cp -> append(out, cp));
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** Paragraphs of a multi-line text, each cleaned; empty lines dropped. */
    public static List<String> paragraphs(String text) {
        List<String> result = new ArrayList<>();
        if (text == null) {
            return result;
        }
        for (String line : text.split("\\R")) {
            String cleaned = clean(line);
            if (!cleaned.isEmpty()) {
                result.add(cleaned);
            }
        }
        return result;
    }

    /**
     * Greedy word wrapping of a cleaned line to {@code maxWidth} points; a word wider than a line is broken between
     * characters. Always returns at least one line.
     */
    public static List<String> wrap(String cleaned, PDFont font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : cleaned.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (width(word, font, size) <= maxWidth) {
                line.append(word);
            } else {
                breakLongWord(word, font, size, maxWidth, lines, line);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The width of a cleaned string in points. */
    public static float width(String cleaned, PDFont font, float size) {
        try {
            return font.getStringWidth(cleaned) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void breakLongWord(String word, PDFont font, float size, float maxWidth, List<String> lines,
                                      StringBuilder line) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!line.isEmpty() && width(line.toString() + c, font, size) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(c);
        }
    }

    private static void append(StringBuilder out, int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r' || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            out.append(' ');
            return;
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
            return; // invisible: zero-width joiners, soft hyphens, variation selectors, stray combining marks
        }
        if (cp >= 0x1F3FB && cp <= 0x1F3FF) {
            return; // emoji skin-tone modifiers: the emoji before them is replaced already
        }
        if (PRINTABLE.contains(cp)) {
            out.appendCodePoint(cp);
            return;
        }
        String fallback = FALLBACKS.get(cp);
        if (fallback != null && fallback.codePoints().allMatch(PRINTABLE::contains)) {
            out.append(fallback);
            return;
        }
        String base = baseLetters(cp);
        if (!base.isEmpty()) {
            out.append(base);
            return;
        }
        out.append(REPLACEMENT);
    }

    /** The printable part of the canonical decomposition, e.g. "c" for 'ć'; empty when there is none. */
    private static String baseLetters(int cp) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        if (decomposed.codePointCount(0, decomposed.length()) < 2) {
            return "";
        }
        StringBuilder base = new StringBuilder();
        decomposed.codePoints().filter(PRINTABLE::contains).forEach(base::appendCodePoint);
        return base.toString();
    }

    private static Set<Integer> printable() {
        PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        GlyphList glyphs = GlyphList.getAdobeGlyphList();
        Set<Integer> result = new HashSet<>();
        for (String name : WinAnsiEncoding.INSTANCE.getCodeToNameMap().values()) {
            String unicode = glyphs.toUnicode(name);
            if (unicode == null || unicode.codePointCount(0, unicode.length()) != 1) {
                continue;
            }
            int cp = unicode.codePointAt(0);
            if (Character.isISOControl(cp) || cp == 0xAD) {
                continue;
            }
            if (encodes(regular, unicode) && encodes(bold, unicode)) {
                result.add(cp);
            }
        }
        return Set.copyOf(result);
    }

    private static boolean encodes(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
