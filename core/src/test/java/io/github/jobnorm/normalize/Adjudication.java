package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One hand-read corpus row whose site label contradicts what its own text states: the row's
 * key, the label the file carries, the value the text states, and the words that state it (an
 * exact passage of the row's text, so a reader can check the call).
 *
 * <p>Tables live in {@code adjudications/*.tsv} beside this class: one row per line, tab
 * separated, {@code #} comments.
 */
record Adjudication(String key, String label, String truth, String evidence) {

  static Map<String, Adjudication> load(String table) {
    Map<String, Adjudication> rows = new LinkedHashMap<>();
    InputStream in = Adjudication.class.getResourceAsStream("adjudications/" + table);
    // a misspelt table name must not pass as "no label overruled"
    assertThat(in).as("adjudications/%s", table).isNotNull();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        assertThat(f).as("%s line %d: key, label, truth, evidence", table, number).hasSize(4);
        assertThat(f[3].strip()).as("%s line %d: evidence", table, number).isNotEmpty();
        Adjudication a = new Adjudication(f[0], f[1], f[2], f[3]);
        assertThat(rows.put(a.key(), a)).as("%s line %d: key repeated", table, number).isNull();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
