package io.github.jobnorm.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Drops what breaks the contract from a posting, with one warning per violation. */
final class PostingRepair {
  private PostingRepair() {}

  static JobPosting apply(JobPosting p, List<Violation> violations) {
    List<String> warnings = new ArrayList<>(p.warnings());
    Set<Integer> badPay = new TreeSet<>();
    Set<Integer> badLocations = new TreeSet<>();
    Set<String> nulledLocationFields = new TreeSet<>();
    JobPostingBuilder b = p.toBuilder();
    Source source = p.source();
    Company company = p.company();
    for (Violation v : violations) {
      String path = v.path();
      warnings.add("dropped invalid " + v);
      if (path.startsWith("pay[")) {
        badPay.add(index(path));
      } else if (path.startsWith("locations[")) {
        String field = path.substring(path.indexOf(']') + 1);
        if (field.equals(".raw") || field.isEmpty()) {
          badLocations.add(index(path));
        } else {
          nulledLocationFields.add(index(path) + field);
        }
      } else if (path.startsWith("source.") && source != null) {
        source = switch (path) {
          case "source.site" -> new Source(null, source.url(), source.jobId(), source.format(),
              source.fetchedAt());
          case "source.url" -> new Source(source.site(), null, source.jobId(), source.format(),
              source.fetchedAt());
          case "source.jobId" -> new Source(source.site(), source.url(), null, source.format(),
              source.fetchedAt());
          default -> source;
        };
      } else if (path.startsWith("company")) {
        company = path.equals("company.url") && company != null
            ? new Company(company.name(), null) : null;
      } else if (path.equals("title")) {
        b.title(null);
      } else if (path.startsWith("experienceYears")) {
        b.experienceYears(null);
      } else if (path.equals("applicants")) {
        b.applicants(null);
      }
    }
    b.source(source).company(company);
    b.pay(dropIndexes(p.pay(), badPay));
    b.locations(fixLocations(p.locations(), badLocations, nulledLocationFields));
    b.responsibilities(nonBlank(p.responsibilities()));
    b.benefits(nonBlank(p.benefits()));
    b.qualifications(new Qualifications(
        nonBlank(p.qualifications().required()), nonBlank(p.qualifications().preferred())));
    b.sections(p.sections().stream().filter(s -> s != null && s.kind() != null)
        .map(s -> new Section(blankToNull(s.heading()), s.kind(),
            s.text() == null ? "" : s.text(), nonBlank(s.items())))
        .toList());
    b.warnings(warnings);
    return b.build();
  }

  private static int index(String path) {
    int open = path.indexOf('[');
    int close = path.indexOf(']', open);
    return Integer.parseInt(path.substring(open + 1, close));
  }

  private static <T> List<T> dropIndexes(List<T> list, Set<Integer> drop) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (!drop.contains(i) && list.get(i) != null) {
        out.add(list.get(i));
      }
    }
    return out;
  }

  private static List<Location> fixLocations(
      List<Location> list, Set<Integer> drop, Set<String> nulled) {
    List<Location> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Location l = list.get(i);
      if (drop.contains(i) || l == null) {
        continue;
      }
      final int at = i;
      Predicate<String> bad = field -> nulled.contains(at + "." + field);
      out.add(new Location(l.raw(), bad.test("city") ? null : blankToNull(l.city()),
          bad.test("region") ? null : blankToNull(l.region()),
          bad.test("country") ? null : l.country(), l.remote()));
    }
    return out;
  }

  private static List<String> nonBlank(List<String> list) {
    return list.stream().filter(s -> s != null && !s.isBlank()).toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
