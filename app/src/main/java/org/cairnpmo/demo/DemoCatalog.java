package org.cairnpmo.demo;

import static org.cairnpmo.identity.Role.ADMIN;
import static org.cairnpmo.identity.Role.EXECUTIVE;
import static org.cairnpmo.identity.Role.MEMBER;
import static org.cairnpmo.identity.Role.PMO;
import static org.cairnpmo.identity.Role.PROJECT_MANAGER;
import static org.cairnpmo.identity.Role.RESOURCE_MANAGER;
import static org.cairnpmo.projects.Priority.CRITICAL;
import static org.cairnpmo.projects.Priority.HIGH;
import static org.cairnpmo.projects.Priority.LOW;
import static org.cairnpmo.projects.Priority.MEDIUM;
import static org.cairnpmo.projects.ProjectCategory.COMPLIANCE;
import static org.cairnpmo.projects.ProjectCategory.CUSTOMER;
import static org.cairnpmo.projects.ProjectCategory.IT_INFRASTRUCTURE;
import static org.cairnpmo.projects.ProjectCategory.OPERATIONAL;
import static org.cairnpmo.projects.ProjectCategory.PRODUCT;
import static org.cairnpmo.projects.ProjectCategory.RESEARCH;
import static org.cairnpmo.projects.ProjectCategory.STRATEGIC;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cairnpmo.identity.Role;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectStatus;

/**
 * Northwind Industries, a European maker of door and access systems: its departments, people and
 * project register, as plain data. Fixed so that every demo looks the same.
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
      List<String> members) {

    Plan secret() {
      return new Plan(
          dept,
          name,
          category,
          priority,
          start,
          finish,
          budget,
          manager,
          sponsor,
          path,
          description,
          true,
          members);
    }

    Plan with(String... usernames) {
      return new Plan(
          dept,
          name,
          category,
          priority,
          start,
          finish,
          budget,
          manager,
          sponsor,
          path,
          description,
          confidential,
          List.of(usernames));
    }
  }

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

  static final List<Plan> PROJECTS =
      List.of(
          // Finance
          plan(
              "FIN",
              "ERP finance module upgrade",
              IT_INFRASTRUCTURE,
              HIGH,
              "2025-03-03",
              "2026-06-30",
              1_250_000,
              "sofia.romano",
              null,
              "ACTIVE CLOSED",
              "Move the general ledger, payables and receivables to the new ERP release and retire"
                  + " the custom month-end scripts. Goal: close the books in four working days"
                  + " instead of seven."),
          plan(
              "FIN",
              "Automated invoice processing",
              OPERATIONAL,
              HIGH,
              "2026-01-12",
              "2026-12-18",
              340_000,
              "sofia.romano",
              null,
              "ACTIVE",
              "OCR capture and three-way matching of supplier invoices against purchase orders and"
                  + " goods receipts. Target: 80% of invoices posted without a manual touch."),
          plan(
              "FIN",
              "CSRD sustainability reporting",
              COMPLIANCE,
              CRITICAL,
              "2025-09-01",
              "2027-03-31",
              480_000,
              "gabriel.costa",
              null,
              "ACTIVE",
              "Collect, consolidate and audit the environmental, social and governance data"
                  + " required by the EU Corporate Sustainability Reporting Directive; first"
                  + " report for fiscal year 2026."),
          plan(
              "FIN",
              "Treasury management system",
              OPERATIONAL,
              MEDIUM,
              "2027-02-01",
              "2027-11-30",
              260_000,
              "sofia.romano",
              null,
              "",
              "Replace spreadsheet-based cash forecasting with a treasury system connected to our"
                  + " five house banks: a daily cash position and a 13-week forecast."),
          plan(
                  "FIN",
                  "Project Falcon: acquisition due diligence",
                  STRATEGIC,
                  CRITICAL,
                  "2026-05-04",
                  "2027-01-29",
                  900_000,
                  "gabriel.costa",
                  "exec",
                  "ACTIVE",
                  "Financial, legal and technical due diligence of a potential acquisition in the"
                      + " door-systems market. Strictly confidential: the insider list applies.")
              .secret()
              .with("member", "daniel.okafor", "elena.petrova", "chen.wei"),
          plan(
              "FIN",
              "Travel and expense app rollout",
              OPERATIONAL,
              LOW,
              "2025-04-01",
              "2025-10-31",
              95_000,
              "sofia.romano",
              null,
              "ACTIVE ON_HOLD CANCELLED",
              "Mobile app for travel requests and expense claims with receipt scanning. Cancelled:"
                  + " the new HR suite's expense module covers the need."),
          // Information Technology
          plan(
                  "IT",
                  "Data centre migration to the cloud",
                  IT_INFRASTRUCTURE,
                  CRITICAL,
                  "2025-06-02",
                  "2027-06-30",
                  3_400_000,
                  "pm",
                  null,
                  "ACTIVE",
                  "Move 240 virtual machines and 35 business applications from the Eindhoven data"
                      + " centre to a managed cloud landing zone before the hosting contract ends"
                      + " in mid-2027.")
              .with("member"),
          plan(
              "IT",
              "Zero-trust network access",
              IT_INFRASTRUCTURE,
              HIGH,
              "2026-02-02",
              "2026-12-15",
              720_000,
              "ravi.patel",
              null,
              "ACTIVE",
              "Replace the legacy VPN with identity-aware access to internal applications: device"
                  + " posture checks and multi-factor authentication for every remote session."),
          plan(
              "IT",
              "Windows 11 workplace refresh",
              IT_INFRASTRUCTURE,
              MEDIUM,
              "2025-01-13",
              "2025-11-28",
              610_000,
              "ravi.patel",
              null,
              "ACTIVE CLOSED",
              "Replace the 1,100 laptops that cannot run Windows 11 and move every workstation to"
                  + " the new build before Windows 10 support ends."),
          plan(
                  "IT",
                  "Enterprise data platform",
                  STRATEGIC,
                  HIGH,
                  "2026-04-01",
                  "2027-09-30",
                  1_850_000,
                  "pm",
                  null,
                  "ACTIVE",
                  "One governed data platform for finance, operations and sales reporting; it"
                      + " replaces four departmental data marts and the nightly Excel exports.")
              .with("member", "nadia.haddad"),
          plan(
              "IT",
              "Service desk chatbot",
              OPERATIONAL,
              LOW,
              "2026-03-02",
              "2026-09-30",
              120_000,
              "ravi.patel",
              null,
              "ACTIVE ON_HOLD",
              "Self-service answers for the twenty most frequent service desk requests. On hold"
                  + " until the knowledge base migration is finished."),
          plan(
              "IT",
              "Identity and access management renewal",
              COMPLIANCE,
              HIGH,
              "2027-01-11",
              "2027-10-29",
              540_000,
              "pm",
              null,
              "",
              "Joiner-mover-leaver automation, quarterly access reviews and privileged access"
                  + " management, as requested by the external auditor."),
          plan(
              "IT",
              "ISO 27001 certification",
              COMPLIANCE,
              HIGH,
              "2025-02-03",
              "2026-03-31",
              310_000,
              "ravi.patel",
              null,
              "ACTIVE ON_HOLD ACTIVE CLOSED",
              "Establish the information security management system and pass the certification"
                  + " audit for the headquarters and both plants."),
          plan(
              "IT",
              "ERP landscape consolidation study",
              STRATEGIC,
              MEDIUM,
              "2028-01-10",
              "2028-06-30",
              180_000,
              "pm",
              null,
              "",
              "Assess whether the three regional ERP instances can be merged into one, with"
                  + " options, costs and a roadmap for the board."),
          // Operations
          plan(
              "OPS",
              "Lean manufacturing rollout, Plant 2",
              OPERATIONAL,
              HIGH,
              "2025-03-03",
              "2026-02-27",
              450_000,
              "thomas.muller",
              null,
              "ACTIVE CLOSED",
              "Introduce 5S, standard work and daily shop-floor management on the four assembly"
                  + " lines of Plant 2; target: 12% more output per shift."),
          plan(
              "OPS",
              "Warehouse management system",
              OPERATIONAL,
              HIGH,
              "2026-01-05",
              "2027-03-31",
              1_100_000,
              "anna.kowalczyk",
              null,
              "ACTIVE",
              "Barcode-driven warehouse management for the central warehouse: put-away, picking"
                  + " waves and real-time stock, integrated with the ERP."),
          plan(
              "OPS",
              "Predictive maintenance pilot",
              OPERATIONAL,
              MEDIUM,
              "2026-06-01",
              "2027-02-26",
              380_000,
              "isabel.santos",
              null,
              "ACTIVE",
              "Vibration and temperature sensors on the twelve most critical presses; predict"
                  + " failures from the data and plan maintenance before breakdowns."),
          plan(
              "OPS",
              "Second distribution centre, Rotterdam",
              STRATEGIC,
              CRITICAL,
              "2027-04-01",
              "2028-12-15",
              12_500_000,
              "anna.kowalczyk",
              null,
              "",
              "A second distribution centre near the port of Rotterdam to halve delivery times to"
                  + " Benelux and UK customers. Business case under review."),
          plan(
              "OPS",
              "Supplier risk programme",
              COMPLIANCE,
              MEDIUM,
              "2025-10-01",
              "2026-09-30",
              210_000,
              "anna.kowalczyk",
              null,
              "ACTIVE ON_HOLD",
              "Screen the 150 most important suppliers for financial, geopolitical and supply-chain"
                  + " due-diligence risks; find second sources for single-source parts."),
          plan(
              "OPS",
              "Plant 1 energy efficiency retrofit",
              OPERATIONAL,
              HIGH,
              "2026-03-02",
              "2027-08-31",
              2_300_000,
              "thomas.muller",
              null,
              "ACTIVE",
              "Heat recovery on the paint line, LED lighting and a compressed-air leak programme;"
                  + " expected to cut the plant's energy use by a quarter."),
          plan(
                  "OPS",
                  "Restructuring of the Lyon plant",
                  STRATEGIC,
                  CRITICAL,
                  "2026-09-01",
                  "2027-12-17",
                  4_800_000,
                  "isabel.santos",
                  "exec",
                  "ACTIVE",
                  "Consolidate the legacy product lines into Plant 1 and refocus Lyon on service"
                      + " and spare parts. Strictly confidential until the works council has been"
                      + " consulted.")
              .secret()
              .with("robert.keller", "leila.ahmadi", "laura.rossi"),
          plan(
              "OPS",
              "Fleet electrification",
              OPERATIONAL,
              MEDIUM,
              "2025-05-05",
              "2026-04-30",
              850_000,
              "isabel.santos",
              null,
              "CANCELLED",
              "Replace the 60 diesel service vans with electric vans. Cancelled at the first gate:"
                  + " charging at the depots is not feasible before 2028."),
          plan(
              "OPS",
              "ISO 45001 safety management",
              COMPLIANCE,
              HIGH,
              "2025-08-04",
              "2026-07-31",
              160_000,
              "isabel.santos",
              null,
              "ACTIVE CLOSED",
              "Occupational health and safety management system for both plants and the"
                  + " warehouse, certified by an external body."),
          plan(
              "OPS",
              "Alpenbahn framework contract delivery",
              CUSTOMER,
              CRITICAL,
              "2026-01-19",
              "2027-12-17",
              3_200_000,
              "thomas.muller",
              null,
              "ACTIVE",
              "Engineer, build and commission 140 door-control units for the Alpenbahn regional"
                  + " trains under the 2026-2027 framework contract."),
          // Marketing & Sales
          plan(
              "MKS",
              "Customer portal relaunch",
              CUSTOMER,
              HIGH,
              "2026-02-16",
              "2027-01-29",
              690_000,
              "julien.martin",
              null,
              "ACTIVE",
              "A new self-service portal for distributors: order tracking, documentation, the"
                  + " spare-parts catalogue and warranty claims."),
          plan(
                  "MKS",
                  "CRM consolidation",
                  IT_INFRASTRUCTURE,
                  HIGH,
                  "2025-04-07",
                  "2026-05-29",
                  980_000,
                  "pm",
                  null,
                  "ACTIVE CLOSED",
                  "Merge the three regional CRM systems into one, with clean customer master data"
                      + " and a common sales pipeline.")
              .with("member", "niklas.schmidt"),
          plan(
                  "MKS",
                  "Nordic market entry",
                  STRATEGIC,
                  HIGH,
                  "2027-03-01",
                  "2028-06-30",
                  2_100_000,
                  "julien.martin",
                  "exec",
                  "",
                  "Enter Sweden, Norway and Denmark through a local sales office and two"
                      + " distribution partners. Confidential: partner negotiations are ongoing.")
              .secret()
              .with("charlotte.davies", "sara.lindqvist"),
          plan(
              "MKS",
              "Brand refresh",
              STRATEGIC,
              MEDIUM,
              "2025-11-03",
              "2026-06-30",
              420_000,
              "julien.martin",
              null,
              "ACTIVE CLOSED",
              "A new visual identity, product naming and website that present Northwind as one"
                  + " company rather than five acquired brands."),
          plan(
              "MKS",
              "B2B webshop",
              CUSTOMER,
              MEDIUM,
              "2026-10-05",
              "2027-06-30",
              560_000,
              "julien.martin",
              null,
              "ON_HOLD",
              "Online ordering of standard products and spare parts for registered trade"
                  + " customers. On hold until the budget is released in Q1 2027."),
          plan(
              "MKS",
              "Hannover Messe 2027",
              CUSTOMER,
              MEDIUM,
              "2026-09-01",
              "2027-04-30",
              240_000,
              "gabriel.costa",
              null,
              "ACTIVE",
              "Stand, product demonstrations and lead follow-up for the April 2027 trade fair,"
                  + " where the NDC-3 door controller is launched."),
          // Human Resources
          plan(
              "HR",
              "HR suite implementation",
              OPERATIONAL,
              HIGH,
              "2025-06-02",
              "2026-10-30",
              870_000,
              "yuki.tanaka",
              null,
              "ACTIVE CLOSED",
              "A cloud HR suite for personnel records, absence, expenses and performance reviews;"
                  + " it replaces four local systems and the paper forms."),
          plan(
              "HR",
              "Leadership development programme",
              OPERATIONAL,
              MEDIUM,
              "2026-01-05",
              "2026-12-18",
              190_000,
              "yuki.tanaka",
              null,
              "ACTIVE",
              "A twelve-month programme for 45 first-line managers: coaching, peer groups and a"
                  + " leadership curriculum with the business school."),
          plan(
                  "HR",
                  "Pay transparency directive",
                  COMPLIANCE,
                  CRITICAL,
                  "2026-03-02",
                  "2027-06-07",
                  230_000,
                  "yuki.tanaka",
                  null,
                  "ACTIVE",
                  "Job architecture, pay bands and gender pay-gap reporting as the EU Pay"
                      + " Transparency Directive requires by June 2027. Confidential: salary"
                      + " data.")
              .secret()
              .with("patrick.murphy", "henrik.larsen"),
          plan(
              "HR",
              "Graduate programme 2027",
              OPERATIONAL,
              MEDIUM,
              "2027-01-04",
              "2027-12-17",
              150_000,
              "yuki.tanaka",
              null,
              "",
              "Recruit twelve engineering and business graduates and rotate them through three"
                  + " departments in their first year."),
          // Research & Development
          plan(
              "RND",
              "NDC-3 next-generation door controller",
              PRODUCT,
              CRITICAL,
              "2025-09-01",
              "2027-06-30",
              4_200_000,
              "samuel.adeyemi",
              null,
              "ACTIVE",
              "The third generation of our door controller: predictive diagnostics, cybersecurity"
                  + " to IEC 62443 and a 30% lower unit cost."),
          plan(
              "RND",
              "Recycled aluminium housings",
              RESEARCH,
              MEDIUM,
              "2026-04-01",
              "2027-03-31",
              350_000,
              "samuel.adeyemi",
              null,
              "ACTIVE",
              "Qualify housings cast from 75% recycled aluminium for all outdoor products without"
                  + " loss of corrosion resistance."),
          plan(
              "RND",
              "Hydrogen drive feasibility study",
              RESEARCH,
              LOW,
              "2025-03-03",
              "2025-12-19",
              280_000,
              "samuel.adeyemi",
              null,
              "ACTIVE CANCELLED",
              "Assess fuel-cell drives for heavy sliding doors in off-grid installations."
                  + " Cancelled after phase 1: no customer demand before 2030."),
          plan(
              "RND",
              "Product lifecycle management rollout",
              IT_INFRASTRUCTURE,
              HIGH,
              "2027-02-01",
              "2028-03-31",
              1_400_000,
              "pm",
              null,
              "",
              "One PLM system for CAD data, bills of materials and engineering changes across R&D"
                  + " and both plants."),
          plan(
              "RND",
              "Sensor module EMC redesign",
              PRODUCT,
              HIGH,
              "2025-10-06",
              "2026-08-28",
              520_000,
              "samuel.adeyemi",
              null,
              "ACTIVE ON_HOLD",
              "Redesign the obstacle-sensor module to pass the revised electromagnetic"
                  + " compatibility standard. On hold while the supplier re-qualifies the"
                  + " chipset."),
          plan(
                  "RND",
                  "Patent portfolio review",
                  STRATEGIC,
                  LOW,
                  "2028-02-01",
                  "2028-09-29",
                  90_000,
                  "gabriel.costa",
                  null,
                  "",
                  "Review the 85 patent families: which to keep, license or abandon, and where"
                      + " competitors' filings threaten our roadmap.")
              .secret()
              .with("felix.braun", "priya.nair"),
          // Project Management Office
          plan(
              "PMO",
              "Cairn rollout: one portfolio register",
              OPERATIONAL,
              HIGH,
              "2026-06-01",
              "2027-03-31",
              150_000,
              "gabriel.costa",
              "pmo",
              "ACTIVE",
              "Bring every project, proposal and resource request into one register with shared"
                  + " status reporting; retire the PMO's spreadsheet portfolio."),
          plan(
              "PMO",
              "Project management training for all managers",
              OPERATIONAL,
              MEDIUM,
              "2027-01-11",
              "2027-09-30",
              120_000,
              "gabriel.costa",
              "pmo",
              "",
              "A common methodology course and certification path for the 30 people who lead"
                  + " projects, aligned with the new stage-gate process."));

  private static Person person(
      String username, String name, String title, String dept, Role... roles) {
    return new Person(
        username == null ? slug(name) : username,
        name,
        title,
        dept,
        EnumSet.copyOf(Arrays.asList(roles)));
  }

  private static Plan plan(
      String dept,
      String name,
      ProjectCategory category,
      Priority priority,
      String start,
      String finish,
      long budget,
      String manager,
      String sponsor,
      String path,
      String description) {
    List<ProjectStatus> steps =
        path.isBlank()
            ? List.of()
            : Arrays.stream(path.trim().split(" ")).map(ProjectStatus::valueOf).toList();
    return new Plan(
        dept,
        name,
        category,
        priority,
        LocalDate.parse(start),
        LocalDate.parse(finish),
        budget,
        manager,
        sponsor == null ? sponsorOf(dept) : sponsor,
        steps,
        description,
        false,
        List.of());
  }

  /** "Thomas Müller" becomes "thomas.muller", "Kevin O'Brien" becomes "kevin.obrien". */
  static String slug(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("'", "");
    return ascii.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".");
  }
}
