package dev.uplift.app.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetSafeCsvTest {
    @ParameterizedTest
    @CsvSource(value = {"=1+1|'=1+1", "+cmd|'+cmd", "-2|'-2", "@SUM(A1)|'@SUM(A1)", "plain|plain", "a=b|a=b"},
            delimiter = '|', quoteCharacter = '"')
    void neutralisesCellsASpreadsheetWouldRun(String cell, String expected) {
        assertThat(SpreadsheetSafeCsv.neutralise(cell)).isEqualTo(expected);
    }

    @Test
    void writesUtf8WithBomAndRfc4180Quoting(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.csv");
        try (SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.create(file, "name", "n")) {
            csv.row("a \"quoted\", value\nwith a line break", -3);
            csv.row("\tTab", 1.5);
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("name,n\r\n\"a \"\"quoted\"\", value\nwith a line break\",-3\r\n'\tTab,1.5\r\n");
    }
}
