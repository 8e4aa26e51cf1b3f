package ch.so.integration.iiz.casespace;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemException;

/**
 * IZ-06: what the shared case space accepts as a document. A name (no path, no control characters, at most 200
 * characters), a media type of the list below (what case files are made of: PDFs, scans, office documents, plain
 * text), at least one byte and at most the configured size. PDFs, PNGs and JPEGs must start like one, so a
 * mislabelled upload is refused rather than served with the wrong type.
 */
public final class DocumentRules {

    public static final String RULE = "IZ-06";
    public static final int MAX_NAME_LENGTH = 200;

    /** Accepted media types and the bytes their content starts with (empty: not checked). */
    static final Map<String, byte[]> MEDIA_TYPES = Map.of(
            "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
            "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'},
            "image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/tiff", new byte[0],
            "text/plain", new byte[0],
            "application/msword", new byte[0],
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[0],
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[0],
            "application/vnd.oasis.opendocument.text", new byte[0]);

    private DocumentRules() {
    }

    /** The media type without parameters, lower case; null stays null. */
    public static String baseMediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Checks an upload; returns the cleaned file name.
     *
     * @throws ProblemException 400 naming {@code name} or the body, 413 when too large, 415 for a media type not
     *                          accepted or content that does not match it
     */
    public static String check(String name, String mediaType, byte[] content, int maxBytes) {
        List<FieldError> errors = new ArrayList<>();
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty()) {
            errors.add(new FieldError("name", "is required"));
        } else if (cleaned.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError("name", "must be at most " + MAX_NAME_LENGTH + " characters"));
        } else if (cleaned.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == '/' || c == '\\')
                || cleaned.equals(".") || cleaned.equals("..")) {
            errors.add(new FieldError("name", "must be a file name without path or control characters"));
        }
        if (content == null || content.length == 0) {
            errors.add(new FieldError("body", "the document's bytes are required"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        if (content.length > maxBytes) {
            throw new ProblemException(Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "IZ-06: a document may have at most " + maxBytes + " bytes; this one has " + content.length + ".")
                    .withRule(RULE));
        }
        byte[] magic = mediaType == null ? null : MEDIA_TYPES.get(mediaType);
        if (magic == null) {
            throw new ProblemException(Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "IZ-06: the case space accepts " + String.join(", ", MEDIA_TYPES.keySet().stream().sorted().toList())
                            + " (Content-Type).").withRule(RULE));
        }
        if (!startsWith(content, magic)) {
            throw new ProblemException(Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "IZ-06: the content is not a " + mediaType + " document.").withRule(RULE));
        }
        return cleaned;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
