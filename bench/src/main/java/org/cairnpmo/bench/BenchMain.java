package org.cairnpmo.bench;

import java.util.Arrays;
import org.cairnpmo.bench.cpm.CpmSuite;
import org.cairnpmo.bench.cpm.MonteCarloSuite;
import org.cairnpmo.bench.http.HttpSuite;
import org.cairnpmo.bench.mknap.MknapSuite;
import org.cairnpmo.bench.psplib.PsplibSuite;
import org.cairnpmo.bench.schedule.ScheduleSuite;
import org.cairnpmo.bench.staffing.StaffingSuite;

/** Entry point of the benchmark jar: {@code java -jar cairn-bench.jar SUITE [options]}. */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    String suite = args.length == 0 ? "" : args[0];
    String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
    int code =
        switch (suite) {
          case "mknap" -> new MknapSuite(System.out).run(rest);
          case "schedule", "msproject" -> new ScheduleSuite(System.out).run(rest);
          case "psplib" -> new PsplibSuite(System.out).run(rest);
          case "cpm" -> new CpmSuite(System.out).run(rest);
          case "montecarlo" -> new MonteCarloSuite(System.out).run(rest);
          case "staffing" -> new StaffingSuite(System.out).run(rest);
          case "http" -> new HttpSuite(System.out).run(rest);
          default -> {
            System.err.println("usage: java -jar cairn-bench.jar SUITE [options]");
            System.err.println("suites:");
            System.err.println(
                "  " + MknapSuite.USAGE.replace("usage: java -jar cairn-bench.jar ", ""));
            System.err.println(
                "  " + ScheduleSuite.USAGE.replace("usage: java -jar cairn-bench.jar ", ""));
            System.err.println(
                "  " + PsplibSuite.USAGE.replace("usage: java -jar cairn-bench.jar ", ""));
            System.err.println(
                "  " + CpmSuite.USAGE.replace("usage: java -jar cairn-bench.jar ", ""));
            System.err.println(
                "  " + MonteCarloSuite.USAGE.replace("usage: java -jar cairn-bench.jar ", ""));
            System.err.println(
                "  " + StaffingSuite.USAGE.replace("usage: java -jar cairn-bench.jar ", ""));
            System.err.println(
                "  " + HttpSuite.USAGE.replace("usage: java -jar cairn-bench.jar ", ""));
            yield 2;
          }
        };
    System.exit(code);
  }
}
