package io.github.jobnorm.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The location strings of the corpus files, and the country each file states for them. */
final class CorpusLocations {
  private static final String ISRAEL = "jobspy-israel-yshauly/";
  private static final List<String> ISRAEL_FILES = List.of("amdocs_jobs.json",
      "apple_jobs.json", "glassdoor_jobs.json", "google_careers_jobs.json", "linkedin_jobs.json",
      "marvell_jobs.json", "redhat_jobs.json", "varonis_jobs.json");
  /** Reed's country column, as words; these are the only ones it uses. */
  private static final Map<String, String> REED_COUNTRIES = Map.ofEntries(
      Map.entry("England", "GB"), Map.entry("Scotland", "GB"), Map.entry("Wales", "GB"),
      Map.entry("Northern Ireland", "GB"), Map.entry("Netherlands", "NL"),
      Map.entry("Germany", "DE"), Map.entry("USA", "US"), Map.entry("Ireland", "IE"),
      Map.entry("Belgium", "BE"), Map.entry("Czech Republic", "CZ"), Map.entry("Spain", "ES"),
      Map.entry("Saudi Arabia", "SA"), Map.entry("Australia", "AU"), Map.entry("Sweden", "SE"),
      Map.entry("Switzerland", "CH"));
  /** Words that name no place, so no country can be expected of them. */
  private static final List<String> PLACELESS = List.of("remote", "none", "nationwide",
      "uk nationwide", "various", "anywhere", "hybrid", "work from home", "multiple locations");

  private CorpusLocations() {}

  /**
   * Each labelled string as {source, text, expected country, hint}: the hint is the source's
   * country for single-country sources, null where the country varies by row (Reed).
   */
  static List<String[]> labelled() {
    List<String[]> out = new ArrayList<>();
    for (Map<String, String> r : CorpusRows.csv("reed-totaljobs-uk-cards-axvargas/reed_uk.csv")) {
      String country = REED_COUNTRIES.get(r.get("country"));
      String text = join(r.get("locality"), r.get("region"), r.get("country"));
      if (country != null) {
        out.add(new String[] {"reed", text, country, null});
      }
    }
    add(out, "adzuna", "GB", CorpusRows.csv(
        "adzuna-uk-salary-vahidhedley/Train_rev1_sample2499.csv"), r -> r.get("LocationRaw"));
    add(out, "linkedin-nl", "NL", CorpusRows.csv(
        "linkedin-netherlands-githubtijn2002/linkedin_jobs.csv"), r -> r.get("job_location"));
    add(out, "linkedin-au", "AU", CorpusRows.csv(
        "linkedin-australia-artwork321/curated_linkedin_jobs.csv"), r -> r.get("location"));
    add(out, "kaggle", "US", CorpusRows.csv(
        "kaggle-linkedin-postings-koriralex/postings_head1000.csv"), r -> r.get("location"));
    add(out, "jobspy-france", "FR", CorpusRows.csv("jobspy-france-henrichevreux/jobs.csv"),
        r -> r.get("location"));
    add(out, "glassdoor-au", "AU", CorpusRows.csv(
        "glassdoor-australia-poorvaldhotre/glassdoor_jobs_au.csv"), r -> r.get("Location"));
    add(out, "glassdoor-us", "US", CorpusRows.csv(
        "glassdoor-us-ds-hamitouche/glassdoor_jobs.csv"), r -> r.get("location"));
    add(out, "naukri", "IN", CorpusRows.csv("naukri-india-cards-anshuldubey/naukri_jobs.csv"),
        r -> r.get("location"));
    for (String f : ISRAEL_FILES) {
      add(out, "jobspy-israel", "IL", CorpusRows.json(ISRAEL + f), r -> r.get("location"));
    }
    return out;
  }

  /** Every location-like string of every corpus file, labelled or not. */
  static List<String> everyString() {
    List<String> out = new ArrayList<>();
    collect(out, CorpusRows.csv("linkedin-us-cs-dinozeyu/linkedin_jobs.csv"), "Location");
    collect(out, CorpusRows.csv("linkedin-uk-faisalfehad/linkedin_jobs.csv"), "location");
    collect(out, CorpusRows.csv("linkedin-netherlands-githubtijn2002/linkedin_jobs.csv"),
        "job_location");
    collect(out, CorpusRows.csv("linkedin-australia-artwork321/curated_linkedin_jobs.csv"),
        "location", "city", "state");
    collect(out, CorpusRows.csv("linkedin-simple-jawadaliai/linkedin_jobs_simple_60.csv"),
        "location");
    collect(out, CorpusRows.csv("reed-totaljobs-uk-cards-axvargas/reed_uk.csv"), "locality",
        "region", "country");
    collect(out, CorpusRows.csv("adzuna-uk-salary-vahidhedley/Train_rev1_sample2499.csv"),
        "LocationRaw", "LocationNormalized");
    collect(out, CorpusRows.csv("kaggle-linkedin-postings-koriralex/postings_head1000.csv"),
        "location");
    collect(out, CorpusRows.csv("jobspy-france-henrichevreux/jobs.csv"), "location");
    collect(out, CorpusRows.csv("jobspy-linkedin-kerala-vimalprakash404/jobs.csv"), "location");
    collect(out, CorpusRows.csv("glassdoor-australia-poorvaldhotre/glassdoor_jobs_au.csv"),
        "Location");
    collect(out, CorpusRows.csv("glassdoor-us-ds-hamitouche/glassdoor_jobs.csv"), "location",
        "headquarters");
    collect(out, CorpusRows.csv("naukri-india-cards-anshuldubey/naukri_jobs.csv"), "location",
        "city");
    collect(out, CorpusRows.json("aggregated-us-scottcoffin/all_jobs.json"), "location");
    for (String f : ISRAEL_FILES) {
      collect(out, CorpusRows.json(ISRAEL + f), "location");
    }
    collect(out, CorpusRows.json(ISRAEL + "microsoft_jobs.json"), "location");
    return out;
  }

  private static void add(List<String[]> out, String source, String country,
      List<Map<String, String>> rows, Function<Map<String, String>, String> text) {
    for (Map<String, String> r : rows) {
      String t = text.apply(r);
      if (t != null && !t.isBlank() && !PLACELESS.contains(t.strip().toLowerCase(
          java.util.Locale.ROOT))) {
        out.add(new String[] {source, t, country, country});
      }
    }
  }

  private static void collect(List<String> out, List<Map<String, String>> rows,
      String... columns) {
    for (Map<String, String> r : rows) {
      for (String c : columns) {
        String v = r.get(c);
        if (v != null && !v.isBlank()) {
          out.add(v);
        }
      }
    }
  }

  private static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        sb.append(sb.length() == 0 ? "" : ", ").append(p.strip());
      }
    }
    return sb.toString();
  }
}
