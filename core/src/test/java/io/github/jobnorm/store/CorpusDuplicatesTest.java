package io.github.jobnorm.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.normalize.NormalizeContext;
import io.github.jobnorm.normalize.Normalizer;
import io.github.jobnorm.source.DescriptionFormat;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Duplicate detection measured on the JobSpy Israel files, which hold the same jobs as LinkedIn,
 * Glassdoor and the companies' own career sites show them. Every pair of postings from two
 * different sites is compared; the pairs found are counted by rule and by pair of sites, and the
 * spot-checked ones are pinned.
 */
class CorpusDuplicatesTest {
  private static final String DIR = "jobspy-israel-yshauly/";
  private static final String[] FILES = {"linkedin_jobs.json", "glassdoor_jobs.json",
      "apple_jobs.json", "google_careers_jobs.json", "marvell_jobs.json", "redhat_jobs.json",
      "microsoft_jobs.json", "amdocs_jobs.json", "varonis_jobs.json"};

  private static String text(JsonNode row, String field) {
    JsonNode n = row.get(field);
    return n == null || n.isNull() || n.asText().equals("None") ? null : n.asText();
  }

  private static List<JobPosting> read(Path file) throws IOException {
    List<JobPosting> out = new ArrayList<>();
    for (JsonNode row : new ObjectMapper().readTree(Files.readString(file))) {
      RawPosting.Builder raw = RawPosting.builder(SourceFormat.CSV_ROW)
          .site(text(row, "site")).jobId(text(row, "id"))
          .title(text(row, "title")).company(text(row, "company"))
          .description(text(row, "description"), DescriptionFormat.TEXT);
      if (text(row, "location") != null) {
        raw.location(text(row, "location"));
      }
      out.add(Normalizer.normalize(raw.build(), NormalizeContext.NONE));
    }
    return out;
  }

  @Test
  void samePostingsOnLinkedInGlassdoorAndCareerSitesAreFound() throws IOException {
    List<JobPosting> all = new ArrayList<>();
    for (String f : FILES) {
      all.addAll(read(Corpus.file(DIR + f)));
    }
    List<DuplicateKey> keys = all.stream().map(DuplicateKey::of).toList();
    Map<Duplicates.Rule, Integer> byRule = new EnumMap<>(Duplicates.Rule.class);
    Map<String, Integer> bySites = new TreeMap<>();
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        if (all.get(i).source().site().equals(all.get(j).source().site())) {
          continue;
        }
        Duplicates.Rule rule = Duplicates.match(keys.get(i), keys.get(j));
        if (rule != null) {
          byRule.merge(rule, 1, Integer::sum);
          bySites.merge(all.get(i).source().site() + "~" + all.get(j).source().site(), 1,
              Integer::sum);
          pairs.add(rule + " " + all.get(i).id() + " " + all.get(j).id());
          System.out.println(pairs.get(pairs.size() - 1) + " | " + all.get(i).company().name()
              + " | " + all.get(i).title() + " | " + all.get(j).title() + " | "
              + all.get(i).locations() + " | " + all.get(j).locations() + " | words "
              + keys.get(i).words() + "/" + keys.get(j).words() + ", SimHash distance "
              + SimHash.distance(keys.get(i).simhash(), keys.get(j).simhash()));
        }
      }
    }
    System.out.println("postings " + all.size() + ", cross-site pairs " + pairs.size()
        + ", by rule " + byRule + ", by sites " + bySites);
    assertThat(all).hasSize(986);
    // spot-checked: the same title and company, Glassdoor showing only the country; these are
    // all the cross-site pairs with equal titles at one company in the files
    assertThat(pairs).containsExactlyInAnyOrder(
        "SAME_COMPANY_TITLE_PLACE glassdoor:gd-1010164288866 varonis:ok1jAfwY",
        "SAME_COMPANY_TITLE_PLACE glassdoor:gd-1010164150985 microsoft:1970393556873645",
        "SAME_COMPANY_TITLE_PLACE glassdoor:gd-1010163858706 apple:200667381-0865",
        "SAME_COMPANY_TITLE_PLACE glassdoor:gd-1010162540963 microsoft:1970393556873646");
  }
}
