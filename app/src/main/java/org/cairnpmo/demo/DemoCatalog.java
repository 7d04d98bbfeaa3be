package org.cairnpmo.demo;

import static org.cairnpmo.identity.Role.ADMIN;
import static org.cairnpmo.identity.Role.EXECUTIVE;
import static org.cairnpmo.identity.Role.MEMBER;
import static org.cairnpmo.identity.Role.PMO;
import static org.cairnpmo.identity.Role.PROJECT_MANAGER;
import static org.cairnpmo.identity.Role.RESOURCE_MANAGER;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.DemoResource;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectStatus;

/**
 * Northwind Industries, a European maker of door and access systems: its departments, people and
 * project register (read from {@code demo/projects.yml}), as plain data. Fixed so that every demo
 * looks the same.
 */
final class DemoCatalog {

  static final String COMPANY = "Northwind Industries";
  static final String EMAIL_DOMAIN = "northwind.example";

  /** The person whose existence means the demo organization has been loaded. */
  static final String MARKER_USERNAME = "pmo";

  private DemoCatalog() {}

  record Dept(String code, String name, String description) {}

  record Person(String username, String name, String title, String dept, Set<Role> roles) {

    String email() {
      return slug(name) + "@" + EMAIL_DOMAIN;
    }
  }

  /**
   * A project: registered as a proposal, then moved along {@code path} through the allowed
   * transitions so that its history reads like a real one. People are referred to by username.
   */
  record Plan(
      String dept,
      String name,
      ProjectCategory category,
      Priority priority,
      LocalDate start,
      LocalDate finish,
      long budget,
      String manager,
      String sponsor,
      List<ProjectStatus> path,
      String description,
      boolean confidential,
      List<String> members) {}

  static final List<Dept> DEPARTMENTS =
      List.of(
          new Dept("FIN", "Finance", "Accounting, controlling, treasury, tax and procurement."),
          new Dept(
              "IT",
              "Information Technology",
              "Infrastructure, business applications, data and information security."),
          new Dept(
              "OPS",
              "Operations",
              "The two plants, the central warehouse, supply chain, quality and safety."),
          new Dept(
              "MKS",
              "Marketing & Sales",
              "Brand, digital marketing, key accounts, distributors and customer success."),
          new Dept("HR", "Human Resources", "People, recruiting, learning, pay and payroll."),
          new Dept(
              "RND",
              "Research & Development",
              "Product engineering, materials research, test lab and industrial design."),
          new Dept(
              "PMO",
              "Project Management Office",
              "Portfolio governance, project standards, resource management and reporting."));

  /** Sixty people; the short usernames are the ones the README names. */
  static final List<Person> PEOPLE =
      List.of(
          person("exec", "Eleanor Whitfield", "Chief Executive Officer", null, EXECUTIVE),
          // Project Management Office
          person("pmo", "Paula Moreno", "Head of the PMO", "PMO", PMO),
          person("rm", "Rosa Martinez", "Resource Manager", "PMO", RESOURCE_MANAGER),
          person(null, "Lukas Hoffmann", "Portfolio Analyst", "PMO", PMO),
          person(null, "Aisha Rahman", "PMO Analyst", "PMO", PMO),
          person(null, "Gabriel Costa", "Senior Project Manager", "PMO", PROJECT_MANAGER),
          person(null, "Jessica Turner", "Project Coordinator", "PMO", MEMBER),
          // Finance
          person(null, "Henrik Larsen", "Chief Financial Officer", "FIN", EXECUTIVE),
          person(null, "Sofia Romano", "Finance Project Manager", "FIN", PROJECT_MANAGER),
          person(null, "Daniel Okafor", "Financial Analyst", "FIN", MEMBER),
          person(null, "Claire Dubois", "Senior Accountant", "FIN", MEMBER),
          person(null, "Jonas Weber", "Treasury Specialist", "FIN", MEMBER),
          person(null, "Elena Petrova", "Tax Manager", "FIN", MEMBER),
          person(null, "Marco Bianchi", "Procurement Lead", "FIN", MEMBER),
          // Information Technology
          person(null, "Amelia Clarke", "Chief Information Officer", "IT", EXECUTIVE),
          person("pm", "Peter Magnusson", "Senior IT Project Manager", "IT", PROJECT_MANAGER),
          person("member", "Mia Schneider", "Business Analyst", "IT", MEMBER),
          person(null, "Ravi Patel", "IT Project Manager", "IT", PROJECT_MANAGER),
          person(null, "Tomasz Nowak", "Systems Administrator", "IT", ADMIN, MEMBER),
          person(null, "Chen Wei", "Enterprise Architect", "IT", MEMBER),
          person(null, "Lucas Fernandes", "Software Engineer", "IT", MEMBER),
          person(null, "Hannah Fischer", "Software Engineer", "IT", MEMBER),
          person(null, "Oliver Bennett", "Information Security Officer", "IT", MEMBER),
          person(null, "Nadia Haddad", "Data Engineer", "IT", MEMBER),
          person(null, "Jakub Kowalski", "Network Engineer", "IT", MEMBER),
          person(null, "Emma Johansson", "Service Desk Lead", "IT", MEMBER),
          // Operations
          person(null, "Robert Keller", "Chief Operating Officer", "OPS", EXECUTIVE),
          person(null, "Isabel Santos", "Operations Project Manager", "OPS", PROJECT_MANAGER),
          person(null, "Anna Kowalczyk", "Supply Chain Manager", "OPS", PROJECT_MANAGER),
          person(null, "Thomas Müller", "Plant Manager, Plant 1", "OPS", PROJECT_MANAGER),
          person(null, "Ingrid Berg", "Operations Resource Manager", "OPS", RESOURCE_MANAGER),
          person(null, "Kevin O'Brien", "Logistics Coordinator", "OPS", MEMBER),
          person(null, "Fatima Benali", "Quality Engineer", "OPS", MEMBER),
          person(null, "Stefan Novak", "Maintenance Supervisor", "OPS", MEMBER),
          person(null, "Laura Rossi", "Production Planner", "OPS", MEMBER),
          person(null, "Mateo García", "Health & Safety Officer", "OPS", MEMBER),
          // Marketing & Sales
          person(null, "Charlotte Davies", "Director of Marketing & Sales", "MKS", MEMBER),
          person(null, "Julien Martin", "Marketing Project Manager", "MKS", PROJECT_MANAGER),
          person(null, "Sara Lindqvist", "Digital Marketing Manager", "MKS", MEMBER),
          person(null, "Ahmed Youssef", "Key Account Manager", "MKS", MEMBER),
          person(null, "Olivia Brown", "Brand Manager", "MKS", MEMBER),
          person(null, "Niklas Schmidt", "Sales Operations Analyst", "MKS", MEMBER),
          person(null, "Chloé Lambert", "Content Strategist", "MKS", MEMBER),
          person(null, "Diego Álvarez", "Customer Success Manager", "MKS", MEMBER),
          // Human Resources
          person(null, "Margaret Kelly", "Director of Human Resources", "HR", MEMBER),
          person(null, "Yuki Tanaka", "HR Project Manager", "HR", PROJECT_MANAGER),
          person(null, "Benjamin Wright", "Learning & Development Lead", "HR", MEMBER),
          person(null, "Leila Ahmadi", "HR Business Partner", "HR", MEMBER),
          person(null, "Patrick Murphy", "Payroll Specialist", "HR", MEMBER),
          person(null, "Zoe Papadopoulos", "Talent Acquisition Specialist", "HR", MEMBER),
          // Research & Development
          person(null, "Katarina Horvat", "Director of Research & Development", "RND", MEMBER),
          person(null, "Samuel Adeyemi", "R&D Programme Manager", "RND", PROJECT_MANAGER),
          person(null, "Hugo Lefebvre", "Engineering Resource Manager", "RND", RESOURCE_MANAGER),
          person(null, "Ana Silva", "Materials Scientist", "RND", MEMBER),
          person(null, "Felix Braun", "Mechanical Engineer", "RND", MEMBER),
          person(null, "Priya Nair", "Electrical Engineer", "RND", MEMBER),
          person(null, "Viktor Ivanov", "Test Engineer", "RND", MEMBER),
          person(null, "Lena Vogel", "Industrial Designer", "RND", MEMBER),
          person(null, "Omar Farouk", "Embedded Software Engineer", "RND", MEMBER),
          person(null, "Eva Novotná", "Laboratory Technician", "RND", MEMBER));

  /** Who sponsors a department's projects unless a project names someone else. */
  static String sponsorOf(String dept) {
    return switch (dept) {
      case "FIN" -> "henrik.larsen";
      case "IT" -> "amelia.clarke";
      case "OPS" -> "robert.keller";
      case "MKS" -> "charlotte.davies";
      case "HR" -> "margaret.kelly";
      case "RND" -> "katarina.horvat";
      default -> "exec";
    };
  }

  /** The project register, from {@code demo/projects.yml}. */
  static final List<Plan> PROJECTS =
      DemoResource.entries("projects.yml").stream().map(DemoCatalog::plan).toList();

  private static Person person(
      String username, String name, String title, String dept, Role... roles) {
    return new Person(
        username == null ? slug(name) : username,
        name,
        title,
        dept,
        EnumSet.copyOf(Arrays.asList(roles)));
  }

  @SuppressWarnings("unchecked")
  private static Plan plan(Map<String, Object> entry) {
    String dept = (String) entry.get("dept");
    String sponsor = (String) entry.get("sponsor");
    return new Plan(
        dept,
        (String) entry.get("name"),
        ProjectCategory.valueOf((String) entry.get("category")),
        Priority.valueOf((String) entry.get("priority")),
        LocalDate.parse((String) entry.get("start")),
        LocalDate.parse((String) entry.get("finish")),
        ((Number) entry.get("budget")).longValue(),
        (String) entry.get("manager"),
        sponsor == null ? sponsorOf(dept) : sponsor,
        ((List<String>) entry.get("path")).stream().map(ProjectStatus::valueOf).toList(),
        (String) entry.get("description"),
        Boolean.TRUE.equals(entry.get("confidential")),
        List.copyOf((List<String>) entry.getOrDefault("members", List.of())));
  }

  /** "Thomas Müller" becomes "thomas.muller", "Kevin O'Brien" becomes "kevin.obrien". */
  static String slug(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("'", "");
    return ascii.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".");
  }
}
