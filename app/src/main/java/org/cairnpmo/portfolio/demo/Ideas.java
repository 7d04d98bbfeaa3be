package org.cairnpmo.portfolio.demo;

import static org.cairnpmo.portfolio.domain.ProposalStatus.APPROVED;
import static org.cairnpmo.portfolio.domain.ProposalStatus.DEFERRED;
import static org.cairnpmo.portfolio.domain.ProposalStatus.DRAFT;
import static org.cairnpmo.portfolio.domain.ProposalStatus.REJECTED;
import static org.cairnpmo.portfolio.domain.ProposalStatus.SUBMITTED;
import static org.cairnpmo.portfolio.domain.ProposalStatus.UNDER_EVALUATION;
import static org.cairnpmo.portfolio.domain.ProposalStatus.WITHDRAWN;

import java.util.List;
import org.cairnpmo.portfolio.domain.ProposalStatus;

/**
 * A proposal of the demo and where it ends up.
 *
 * @param round the budget round: 2026 (scored on last year's criteria) or 2027
 * @param investment total investment in thousands of euros
 * @param benefit yearly benefit at full run rate, in thousands of euros
 * @param quality how good the scorers find it, 0–1
 * @param contested scorers disagree on its financial return
 * @param scored rejected or deferred only after evaluation
 * @param objectives indexes of the objectives served, the first one most
 */
record Idea(
    int round,
    ProposalStatus status,
    String title,
    String dept,
    String author,
    String problem,
    String scope,
    String doNothing,
    String alternative,
    int investment,
    int benefit,
    double quality,
    boolean contested,
    boolean scored,
    String reason,
    int[] objectives,
    List<String> roles,
    List<String> risks) {}

/** The thirty proposals of the Northwind Industries portfolio. */
final class Ideas {

  private Ideas() {}

  static String sponsorOf(String dept) {
    return switch (dept) {
      case "FIN" -> "Henrik Larsen";
      case "IT" -> "Amelia Clarke";
      case "OPS" -> "Robert Keller";
      case "MKS" -> "Charlotte Davies";
      case "HR" -> "Margaret Kelly";
      case "RND" -> "Katarina Horvat";
      default -> "exec";
    };
  }

  private static Idea idea(
      int round,
      ProposalStatus status,
      String title,
      String dept,
      String author,
      String problem,
      String scope,
      int investment,
      int benefit,
      double quality,
      int[] objectives,
      List<String> roles,
      List<String> risks) {
    return new Idea(
        round,
        status,
        title,
        dept,
        author,
        problem,
        scope,
        "the problem persists and its cost grows with volume",
        "Buy a standard package and adapt our processes to it",
        investment,
        benefit,
        quality,
        false,
        false,
        null,
        objectives,
        roles,
        risks);
  }

  private static Idea decided(Idea i, boolean scored, String reason) {
    return new Idea(
        i.round(),
        i.status(),
        i.title(),
        i.dept(),
        i.author(),
        i.problem(),
        i.scope(),
        i.doNothing(),
        i.alternative(),
        i.investment(),
        i.benefit(),
        i.quality(),
        i.contested(),
        scored,
        reason,
        i.objectives(),
        i.roles(),
        i.risks());
  }

  private static Idea contested(Idea i) {
    return new Idea(
        i.round(),
        i.status(),
        i.title(),
        i.dept(),
        i.author(),
        i.problem(),
        i.scope(),
        i.doNothing(),
        i.alternative(),
        i.investment(),
        i.benefit(),
        i.quality(),
        true,
        i.scored(),
        i.reason(),
        i.objectives(),
        i.roles(),
        i.risks());
  }

  private static int[] o(int... indexes) {
    return indexes;
  }

  static List<Idea> all() {
    return List.of(
        // ---- 2026 round, scored on last year's criteria ----
        decided(
            idea(
                2026,
                APPROVED,
                "Plant 2 energy monitoring",
                "RND",
                "Ana Silva",
                "We do not know which lines use the energy we pay for.",
                "Sub-metering on all lines of Plant 2, a dashboard and monthly reviews.",
                420,
                190,
                0.8,
                o(4, 1),
                List.of("Electrical engineer", "Data engineer"),
                List.of("Meters cannot be installed without line stops")),
            true,
            "Clear savings and supports the sustainability objective."),
        decided(
            idea(
                2026,
                APPROVED,
                "E-invoicing for suppliers",
                "FIN",
                "Claire Dubois",
                "Forty thousand paper invoices a year are keyed in by hand.",
                "Receive, match and approve supplier invoices electronically.",
                310,
                160,
                0.75,
                o(1, 3),
                List.of("Financial analyst", "Software engineer"),
                List.of("Smaller suppliers cannot send e-invoices")),
            true,
            "Pays back in under three years."),
        decided(
            idea(
                2026,
                REJECTED,
                "In-house data centre expansion",
                "IT",
                "Tomasz Nowak",
                "The server room is at 85 % of its power and cooling.",
                "Add two racks, a second cooling unit and a generator upgrade.",
                950,
                60,
                0.25,
                o(3),
                List.of("Systems administrator", "Network engineer"),
                List.of("Building permit for the generator")),
            true,
            "The cloud migration makes this unnecessary."),
        decided(
            idea(
                2026,
                WITHDRAWN,
                "Paper catalogue refresh",
                "MKS",
                "Olivia Brown",
                "The printed catalogue is two years out of date.",
                "Redesign and print 20,000 copies of the product catalogue.",
                120,
                40,
                0.3,
                o(2),
                List.of("Content strategist"),
                List.of("Print costs rise")),
            false,
            "Replaced by the online catalogue in the customer portal proposal."),
        decided(
            idea(
                2026,
                DEFERRED,
                "Second shift at Plant 1",
                "OPS",
                "Thomas Müller",
                "Order backlog at Plant 1 exceeds six weeks in peak season.",
                "Staff and equip a second shift on lines 1 to 3.",
                680,
                380,
                0.55,
                o(1, 0),
                List.of("Production planner", "HR business partner"),
                List.of("Recruiting 40 operators in a tight market")),
            true,
            "Wait for the 2027 demand forecast."),

        // ---- 2027 round, under evaluation ----
        contested(
            idea(
                2027,
                UNDER_EVALUATION,
                "Customer self-service portal",
                "MKS",
                "member",
                "Customers phone or e-mail us for order status, invoices and manuals.",
                "A portal for order tracking, invoices, manuals and service requests.",
                640,
                330,
                0.82,
                o(2, 0),
                List.of("Software engineer", "Business analyst", "UX designer"),
                List.of(
                    "Low adoption by long-standing customers",
                    "Integration with the ERP takes longer"))),
        idea(
            2027,
            UNDER_EVALUATION,
            "Predictive maintenance for presses",
            "OPS",
            "Stefan Novak",
            "Unplanned press breakdowns cost 300 production hours a year.",
            "Vibration sensors, a prediction model and maintenance planning on presses 1 to 8.",
            540,
            290,
            0.78,
            o(1, 4),
            List.of("Data engineer", "Maintenance technician"),
            List.of("Too few failures to train the model")),
        idea(
            2027,
            UNDER_EVALUATION,
            "ISO 27001 certification programme",
            "IT",
            "Oliver Bennett",
            "Three key accounts require ISO 27001 from their suppliers by 2028.",
            "Information security management system, controls, internal audit and certification.",
            380,
            120,
            0.74,
            o(3, 0),
            List.of("Information security officer", "Business analyst"),
            List.of("Audit findings delay certification")),
        contested(
            idea(
                2027,
                UNDER_EVALUATION,
                "Configure-price-quote for sales",
                "MKS",
                "Niklas Schmidt",
                "Quotes for configured machines take four days and contain errors.",
                "A CPQ tool integrated with the product data and the ERP.",
                470,
                260,
                0.66,
                o(0, 2),
                List.of("Sales operations analyst", "Software engineer"),
                List.of("Product rules are not documented"))),
        idea(
            2027,
            UNDER_EVALUATION,
            "Warehouse barcode scanning",
            "OPS",
            "Kevin O'Brien",
            "Picking errors cause 3 % of shipments to be returned.",
            "Handheld scanners, bin labels and scan-to-confirm picking in both warehouses.",
            260,
            170,
            0.85,
            o(1, 2),
            List.of("Logistics coordinator", "Software engineer"),
            List.of("Scanners arrive late", "Wi-Fi coverage in the high-bay area")),
        idea(
            2027,
            UNDER_EVALUATION,
            "Learning platform for all staff",
            "HR",
            "Benjamin Wright",
            "Training is booked by e-mail and completions are not tracked.",
            "A learning platform with catalogue, enrolments, completions and certificates.",
            180,
            70,
            0.5,
            o(3),
            List.of("Learning and development lead", "Software engineer"),
            List.of("Low usage on the shop floor")),
        idea(
            2027,
            UNDER_EVALUATION,
            "Treasury management system",
            "FIN",
            "Jonas Weber",
            "Cash positioning is done daily in spreadsheets across 14 bank accounts.",
            "A treasury system with bank connectivity, cash forecasting and payments.",
            290,
            110,
            0.58,
            o(1),
            List.of("Treasury specialist", "Software engineer"),
            List.of("Bank connectivity projects run late")),
        idea(
            2027,
            UNDER_EVALUATION,
            "Digital twin of line 3",
            "RND",
            // The author of the proposal it builds on: a proposal may depend only on proposals
            // its author can see.
            "Stefan Novak",
            "Changeovers on line 3 take 90 minutes and are planned by trial and error.",
            "A simulation model of line 3 to plan changeovers and test layouts.",
            520,
            180,
            0.6,
            o(1, 4),
            List.of("Mechanical engineer", "Embedded software engineer"),
            List.of("Model accuracy is not good enough", "Key engineer leaves")),
        idea(
            2027,
            UNDER_EVALUATION,
            "Subscription billing for service contracts",
            "FIN",
            "Daniel Okafor",
            "Service contracts are invoiced manually once a year; renewals are missed.",
            "Recurring billing, renewals and revenue recognition for service contracts.",
            350,
            240,
            0.8,
            o(0),
            List.of("Financial analyst", "Software engineer"),
            List.of("Revenue recognition rules need auditor approval")),
        idea(
            2027,
            UNDER_EVALUATION,
            "Sustainability reporting (CSRD)",
            "FIN",
            "Elena Petrova",
            "From 2028 we must publish audited sustainability figures.",
            "Data collection, calculation and reporting of the CSRD disclosures.",
            230,
            20,
            0.7,
            o(3, 4),
            List.of("Tax manager", "Data engineer"),
            List.of("Supplier emissions data is missing")),

        // ---- 2027 round, decided ----
        decided(
            idea(
                2027,
                APPROVED,
                "Field service mobile app",
                "OPS",
                "Isabel Santos",
                "Technicians fill in paper job sheets; invoicing waits for them for two weeks.",
                "A mobile app for job sheets, parts, signatures and photos.",
                280,
                210,
                0.88,
                o(0, 2),
                List.of("Software engineer", "Service technician"),
                List.of("Offline use in customer basements")),
            true,
            "Best score of the round; quick payback."),
        decided(
            idea(
                2027,
                APPROVED,
                "Identity and access management",
                "IT",
                "Chen Wei",
                "Joiners wait days for access and leavers keep it for weeks.",
                "Single sign-on, automated joiner/mover/leaver processes and access reviews.",
                330,
                90,
                0.8,
                o(3),
                List.of("Information security officer", "Systems administrator"),
                List.of("Legacy applications without single sign-on")),
            true,
            "Required for the ISO 27001 programme."),
        decided(
            idea(
                2027,
                REJECTED,
                "Virtual showroom in the metaverse",
                "MKS",
                "Sara Lindqvist",
                "Young buyers expect immersive product experiences.",
                "A 3D virtual showroom for the whole product range.",
                450,
                30,
                0.2,
                o(2),
                List.of("3D designer", "Software engineer"),
                List.of("Customers do not use it")),
            false,
            "No clear link to a strategic objective and the benefits are not quantified."),
        decided(
            idea(
                2027,
                REJECTED,
                "Company-wide ERP replacement",
                "IT",
                "Ravi Patel",
                "The ERP is 17 years old and heavily customised.",
                "Replace the ERP in all companies and plants in one programme.",
                4800,
                900,
                0.45,
                o(1, 3),
                List.of("Business analyst", "Software engineer", "Project manager"),
                List.of("Business disruption at go-live", "Cost overrun")),
            true,
            "Too large for one step: split it into phases and resubmit the first one."),
        decided(
            idea(
                2027,
                DEFERRED,
                "Robotic palletising",
                "OPS",
                "Laura Rossi",
                "Manual palletising causes back injuries and limits output.",
                "Two palletising robots at the end of lines 1 and 2.",
                390,
                150,
                0.62,
                o(1, 4),
                List.of("Mechanical engineer", "Health and safety officer"),
                List.of("Floor space")),
            true,
            "Revisit once the warehouse scanning results are in."),
        decided(
            idea(
                2027,
                DEFERRED,
                "Meeting room refurbishment at HQ",
                "HR",
                "Leila Ahmadi",
                "Meeting rooms lack video equipment for hybrid meetings.",
                "Video equipment and acoustic panels in twelve meeting rooms.",
                150,
                25,
                0.4,
                o(2),
                List.of("Facilities coordinator"),
                List.of("Supplier lead times")),
            false,
            "Part of the facilities budget round in Q3."),

        // ---- 2027 round, submitted and waiting for triage ----
        idea(
            2027,
            SUBMITTED,
            "Payroll outsourcing study",
            "HR",
            "Patrick Murphy",
            "Payroll runs on a system whose support ends in 2028.",
            "Compare outsourcing with a new payroll system and recommend one.",
            60,
            45,
            0.5,
            o(1),
            List.of("Payroll specialist"),
            List.of("Data protection constraints")),
        idea(
            2027,
            SUBMITTED,
            "Supplier portal",
            "FIN",
            "Marco Bianchi",
            "Suppliers e-mail order confirmations and delivery dates.",
            "A portal for purchase orders, confirmations and delivery schedules.",
            240,
            120,
            0.6,
            o(1),
            List.of("Procurement lead", "Software engineer"),
            List.of("Supplier adoption")),
        idea(
            2027,
            SUBMITTED,
            "Data platform modernisation",
            "IT",
            "pm",
            "Reports take a day to refresh and every team builds its own extracts.",
            "A cloud data platform with curated data sets for finance, sales and operations.",
            560,
            200,
            0.7,
            o(1, 0),
            List.of("Data engineer", "Enterprise architect"),
            List.of("Data quality in source systems")),
        idea(
            2027,
            SUBMITTED,
            "Trade show lead capture app",
            "MKS",
            "Ahmed Youssef",
            "Leads from trade shows are collected on paper and half are never followed up.",
            "A lead capture app connected to the CRM.",
            45,
            60,
            0.65,
            o(0, 2),
            List.of("Software engineer"),
            List.of("Connectivity at venues")),

        // ---- drafts ----
        idea(
            2027,
            DRAFT,
            "AI assistant for the service desk",
            "IT",
            "member",
            "The service desk answers the same 50 questions every day.",
            "A chat assistant that answers common questions and creates tickets.",
            150,
            80,
            0.6,
            o(2, 1),
            List.of("Software engineer", "Service desk lead"),
            List.of("Wrong answers damage trust")),
        idea(
            2027,
            DRAFT,
            "Product lifecycle management",
            "RND",
            "Priya Nair",
            "Drawings and bills of materials live in shared folders.",
            "A PLM system for drawings, BOMs and engineering changes.",
            720,
            200,
            0.6,
            o(1, 4),
            List.of("Mechanical engineer", "Business analyst"),
            List.of("Migration of 30 years of drawings")),
        idea(
            2027,
            DRAFT,
            "Employee referral programme",
            "HR",
            "Zoe Papadopoulos",
            "Agencies fill 60 % of our vacancies at 20 % of the first-year salary.",
            "A referral programme with a portal and rewards.",
            40,
            90,
            0.6,
            o(1),
            List.of("Talent acquisition specialist"),
            List.of("Low participation")),
        idea(
            2027,
            DRAFT,
            "Delivery route optimisation",
            "OPS",
            "Anna Kowalczyk",
            "Our own trucks drive 18 % more kilometres than needed.",
            "Route planning software for the delivery fleet.",
            90,
            70,
            0.6,
            o(1, 4),
            List.of("Logistics coordinator"),
            List.of("Driver acceptance")),
        decided(
            idea(
                2027,
                WITHDRAWN,
                "Intranet redesign",
                "HR",
                "Margaret Kelly",
                "Nobody finds anything on the intranet.",
                "A new intranet with search and news.",
                110,
                20,
                0.4,
                o(2),
                List.of("Content strategist"),
                List.of("Content migration")),
            false,
            "Draft:Merged into the digital workplace proposal."));
  }
}
