package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.jobnorm.model.Section;
import io.github.jobnorm.model.SectionKind;
import io.github.jobnorm.source.DescriptionFormat;
import io.github.jobnorm.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every description of the shared corpus: the splitter never throws, loses no word, reads its own
 * plain-text output back to the same sections, and finds the lists of most Kaggle postings.
 */
class SectionCorpusTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]*\\p{L}[\\p{L}\\p{N}]*");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");

  /** Where the descriptions are: file, and the CSV column or JSON field that holds them. */
  private static final List<String[]> SOURCES =
      List.of(
          new String[] {"kaggle-linkedin-postings-koriralex/postings_head1000.csv", "description"},
          new String[] {"linkedin-uk-faisalfehad/linkedin_jobs.csv", "description"},
          new String[] {"linkedin-netherlands-githubtijn2002/linkedin_jobs.csv", "job_description"},
          new String[] {"jobspy-france-henrichevreux/jobs.csv", "description"},
          new String[] {"jobspy-linkedin-kerala-vimalprakash404/jobs.csv", "description"},
          new String[] {"linkedin-australia-artwork321/linkedin_job_descriptions.csv", "Raw Job Description"},
          new String[] {"linkedin-egypt-criteria-thisisaemam/linkedin_jobs_40.csv", "description"},
          new String[] {"linkedin-egypt-criteria-thisisaemam/linkedin_jobs_20_earlier.csv", "job_description"},
          new String[] {"linkedin-simple-jawadaliai/linkedin_jobs_simple_60.csv", "description"},
          new String[] {"linkedin-us-cs-dinozeyu/linkedin_jobs.csv", "Description"},
          new String[] {"glassdoor-australia-poorvaldhotre/glassdoor_jobs_au.csv", "Job Description"},
          new String[] {"glassdoor-us-ds-hamitouche/glassdoor_jobs.csv", "job description"},
          new String[] {"adzuna-uk-salary-vahidhedley/Train_rev1_sample2499.csv", "FullDescription"},
          new String[] {"aggregated-us-scottcoffin/all_jobs.json", "description"},
          new String[] {"jobspy-israel-yshauly/amdocs_jobs.json", "description"},
          new String[] {"jobspy-israel-yshauly/apple_jobs.json", "description"},
          new String[] {"jobspy-israel-yshauly/glassdoor_jobs.json", "description"},
          new String[] {"jobspy-israel-yshauly/google_careers_jobs.json", "description"},
          new String[] {"jobspy-israel-yshauly/linkedin_jobs.json", "description"},
          new String[] {"jobspy-israel-yshauly/marvell_jobs.json", "description"},
          new String[] {"jobspy-israel-yshauly/microsoft_jobs.json", "description"},
          new String[] {"jobspy-israel-yshauly/redhat_jobs.json", "description"},
          new String[] {"jobspy-israel-yshauly/varonis_jobs.json", "description"},
          new String[] {"seed/linkedin-4104804862.txt", null},
          new String[] {"dinie-coverletterer/linkedin_job.html", null},
          new String[] {"dinie-coverletterer/indeed_job.html", null},
          new String[] {"dinie-coverletterer/seek_job.html", null},
          new String[] {"linkedin-australia-artwork321/first_job_des.html", null},
          new String[] {"linkedin-fragment-abhishekairan/job_description.html", null});

  @Test
  void everyDescriptionSplitsWithoutLossAndReadsBackTheSame() throws IOException {
    Path dir = Corpus.dirOrNull();
    assumeTrue(dir != null, "shared corpus not found: set -Djobnorm.corpus=DIR to run corpus tests");
    int total = 0;
    int notIdempotent = 0;
    for (String[] source : SOURCES) {
      Path file = dir.resolve(source[0]);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      List<String> descriptions = descriptions(file, source[1]);
      Rates rates = new Rates();
      for (String d : descriptions) {
        DescriptionFormat format = looksLikeHtml(d) ? DescriptionFormat.HTML : DescriptionFormat.TEXT;
        SplitResult r = SectionSplitter.split(d, format);
        assertThat(r.warnings()).as("%s: split without falling back", source[0]).isEmpty();
        assertThat(words(r)).as("%s: words kept", source[0]).isGreaterThanOrEqualTo(inputWords(d, format));
        SplitResult again = SectionSplitter.split(r.description(), DescriptionFormat.TEXT);
        assertThat(again.warnings()).as("%s: read back without falling back", source[0]).isEmpty();
        if (!again.sections().equals(r.sections())) {
          notIdempotent++;
        }
        rates.add(r);
      }
      total += descriptions.size();
      System.out.printf("sections %-62s %s%n", source[0], rates);
      if (source[0].startsWith("kaggle-")) {
        // of the postings whose sections name duties or requirements, the lists are found
        assertThat(rates.listFoundShare()).as("Kaggle: lists found under their headings").isGreaterThanOrEqualTo(0.8);
        // measured: responsibilities 86% (857 of 1,000), qualifications 89% (892), either 94%
        // (943), both 81% (806); most Kaggle descriptions state both, so 80% is the floor
        assertThat(rates.share(rates.either)).as("Kaggle: responsibilities or qualifications").isGreaterThanOrEqualTo(0.94);
        assertThat(rates.share(rates.resp)).as("Kaggle: responsibilities").isGreaterThanOrEqualTo(0.85);
        assertThat(rates.share(rates.qual)).as("Kaggle: qualifications").isGreaterThanOrEqualTo(0.89);
        assertThat(rates.share(rates.both)).as("Kaggle: both").isGreaterThanOrEqualTo(0.80);
      }
    }
    System.out.printf("sections: %d descriptions, %d not read back to the same sections%n", total, notIdempotent);
    // measured: 79 of 8,134 (1.0%), all in loosely formatted Glassdoor and aggregated text;
    // the fixture files, Kaggle, UK, NL, Google and Apple files all read back the same
    assertThat(notIdempotent).isLessThanOrEqualTo(total / 50);
  }

  /** Counts of postings with responsibilities, qualifications, either, both. */
  private static final class Rates {
    int n;
    int resp;
    int qual;
    int either;
    int both;
    int withListHeading;
    int withListHeadingFound;

    void add(SplitResult r) {
      n++;
      boolean hr = !r.responsibilities().isEmpty();
      boolean hq = !r.qualifications().required().isEmpty() || !r.qualifications().preferred().isEmpty();
      resp += hr ? 1 : 0;
      qual += hq ? 1 : 0;
      either += hr || hq ? 1 : 0;
      both += hr && hq ? 1 : 0;
      boolean listHeading = false;
      for (Section s : r.sections()) {
        listHeading |= s.heading() != null
            && (s.kind() == SectionKind.RESPONSIBILITIES || s.kind() == SectionKind.QUALIFICATIONS);
      }
      withListHeading += listHeading ? 1 : 0;
      withListHeadingFound += listHeading && (hr || hq) ? 1 : 0;
    }

    double share(int k) {
      return n == 0 ? 0 : k / (double) n;
    }

    double listFoundShare() {
      return withListHeading == 0 ? 1 : withListHeadingFound / (double) withListHeading;
    }

    @Override
    public String toString() {
      return String.format(
          "n=%d responsibilities=%d%% qualifications=%d%% either=%d%% both=%d%% lists-under-headings=%d%%",
          n, pct(resp), pct(qual), pct(either), pct(both), Math.round(100 * listFoundShare()));
    }

    private long pct(int k) {
      return n == 0 ? 0 : Math.round(100.0 * k / n);
    }
  }

  private static int words(SplitResult r) {
    int count = 0;
    for (Section s : r.sections()) {
      count += s.heading() == null ? 0 : count(s.heading());
      count += count(s.text());
    }
    return count;
  }

  private static int inputWords(String d, DescriptionFormat format) {
    if (format == DescriptionFormat.TEXT) {
      return count(d);
    }
    Document doc = Jsoup.parseBodyFragment(d);
    Element root = doc.selectFirst(".show-more-less-html__markup");
    if (root == null) {
      root = doc.selectFirst(".description__text");
    }
    if (root == null) {
      root = doc.body();
    }
    root.select("script, style, noscript, button, template, svg, iframe, [class*=show-more-less-html__button]").remove();
    return count(root.text());
  }

  private static int count(String s) {
    Matcher m = WORD.matcher(INVISIBLE.matcher(s).replaceAll(""));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static boolean looksLikeHtml(String d) {
    return d.contains("</") && (d.contains("<p") || d.contains("<div") || d.contains("<li") || d.contains("<br"));
  }

  private static List<String> descriptions(Path file, String field) throws IOException {
    List<String> out = new ArrayList<>();
    String name = file.getFileName().toString();
    if (field == null) {
      out.add(Files.readString(file));
    } else if (name.endsWith(".csv")) {
      try (MappingIterator<Map<String, String>> it =
          new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
        while (it.hasNext()) {
          String d = it.next().get(field);
          if (d != null && !d.isBlank()) {
            out.add(d);
          }
        }
      }
    } else {
      JsonNode root = new ObjectMapper().readTree(file.toFile());
      JsonNode list = root.isArray() ? root : root.path("jobs");
      for (JsonNode x : list) {
        String d = x.path(field).asText("");
        if (!d.isBlank()) {
          out.add(d);
        }
      }
    }
    return out;
  }
}
