package dev.uplift.analysis.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Python of a Jupyter notebook ({@code .ipynb}): the code cells' source, each line placed on the
 * line of the notebook file where it is written, so that findings point into the notebook itself.
 * Markdown and output cells become blank lines; IPython magics and shell escapes ({@code %time},
 * {@code !pip}) become comments, as they are not Python. Read with a streaming parser: nothing of the
 * notebook's (often large) outputs is kept.
 */
public final class Notebooks {
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build()).build();

    private Notebooks() {
    }

    /** A notebook that is not JSON of the expected shape. */
    public static final class NotANotebookException extends IOException {
        NotANotebookException(String message) {
            super(message);
        }
    }

    public static boolean isNotebook(dev.uplift.analysis.index.IndexedFile file) {
        return file.fileName().toLowerCase(java.util.Locale.ROOT).endsWith(".ipynb");
    }

    /** The code cells as Python text with the notebook's line numbers. */
    public static String pythonOf(String notebook) throws NotANotebookException {
        int lineCount = (int) notebook.lines().count();
        List<String> out = new ArrayList<>(lineCount);
        for (int i = 0; i < lineCount; i++) {
            out.add("");
        }
        try (JsonParser p = JSON.createParser(notebook)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new NotANotebookException("not a notebook: the file is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("cells") && p.currentToken() == JsonToken.START_ARRAY) {
                    int[] next = {0};
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        cell(p, out, next);
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (NotANotebookException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new NotANotebookException("not a readable notebook: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return String.join("\n", out) + "\n";
    }

    /**
     * Reads one cell object; a code cell's source lines go to the lines they are written on, or below
     * the last line written when one string holds several lines.
     *
     * @param next the first line (0-based) not yet written, carried from cell to cell
     */
    private static void cell(JsonParser p, List<String> out, int[] next) throws IOException {
        boolean code = false;
        List<String> source = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("cell_type")) {
                code = "code".equals(p.getValueAsString());
            } else if (field.equals("source") && value == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    source.add(p.getText());
                    lines.add(p.currentTokenLocation().getLineNr());
                }
            } else if (field.equals("source") && value == JsonToken.VALUE_STRING) {
                source.add(p.getText());
                lines.add(p.currentTokenLocation().getLineNr());
            } else {
                p.skipChildren();
            }
        }
        if (!code) {
            return;
        }
        for (int i = 0; i < source.size(); i++) {
            String text = source.get(i);
            if (text.endsWith("\n")) {
                text = text.substring(0, text.length() - 1); // the newline ends this line; it is not one more
            }
            int at = Math.max(lines.get(i) - 1, next[0]);
            for (String line : text.split("\n", -1)) {
                while (out.size() <= at) {
                    out.add("");
                }
                String stripped = line.stripLeading();
                out.set(at, stripped.startsWith("%") || stripped.startsWith("!") ? "# " + line : line);
                at++;
            }
            next[0] = at;
        }
    }
}
