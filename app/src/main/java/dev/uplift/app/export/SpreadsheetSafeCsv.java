package dev.uplift.app.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV that spreadsheets open safely: UTF-8 with a byte-order mark, RFC 4180 quoting, and any text cell
 * that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return)
 * prefixed with an apostrophe. Numbers are written as numbers.
 */
public final class SpreadsheetSafeCsv implements AutoCloseable {
    private final CSVPrinter printer;

    private SpreadsheetSafeCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    public static SpreadsheetSafeCsv create(Path file, String... header) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        OutputStream out = Files.newOutputStream(file);
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(new CSVPrinter(writer, CSVFormat.RFC4180));
        csv.row((Object[]) header);
        return csv;
    }

    public void row(Object... cells) throws IOException {
        List<Object> safe = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            safe.add(cell instanceof Number ? cell : neutralise(cell == null ? "" : cell.toString()));
        }
        printer.printRecord(safe);
    }

    static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
