package org.cairnpmo.bench.http;

import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code http} suite: a closed-loop load client. {@code C} threads each send the same GET
 * request again as soon as the last answer is read, for a warm-up and then for the measured
 * duration. It prints one tab-separated row per ten seconds of the run (second, requests, req/s,
 * p99 ms, errors, and the server's resident memory at the end of those ten seconds when {@code
 * --pid} names its process on this machine), then {@code http url=U requests=N req_s=R p50_ms=A
 * p99_ms=B errors=E}. An error is any answer that is not 2xx, or a request that fails.
 */
public final class HttpSuite {

  public static final String USAGE =
      "usage: java -jar cairn-bench.jar http --url U [--concurrency C] [--duration S]"
          + " [--warmup S] [--user NAME --password P | --token T] [--pid P]";

  private static final Duration INTERVAL = Duration.ofSeconds(10);

  private final PrintStream out;

  public HttpSuite(PrintStream out) {
    this.out = out;
  }

  public int run(String[] args) throws IOException, InterruptedException {
    Map<String, String> options = options(args);
    if (options == null || !options.containsKey("--url")) {
      System.err.println(USAGE);
      return 2;
    }
    URI url = URI.create(options.get("--url"));
    int concurrency = Integer.parseInt(options.getOrDefault("--concurrency", "16"));
    long durationS = Long.parseLong(options.getOrDefault("--duration", "30"));
    long warmupS = Long.parseLong(options.getOrDefault("--warmup", "5"));
    Long pid = options.containsKey("--pid") ? Long.valueOf(options.get("--pid")) : null;

    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    boolean api = url.getPath().startsWith("/api/");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(30))
            .header("Accept", api ? "application/json" : "text/html")
            .GET();
    String token = options.get("--token");
    if (token == null && options.containsKey("--user")) {
      SignIn signIn = new SignIn(client, url.resolve("/"));
      signIn.withForm(options.get("--user"), options.getOrDefault("--password", ""));
      if (api) {
        token = signIn.apiToken();
      }
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpRequest get = request.build();

    Load warmup = Load.run(client, get, concurrency, Duration.ofSeconds(warmupS), () -> {});
    if (warmupS > 0 && warmup.requests() == 0) {
      System.err.println("no request was answered during the warm-up");
      return 1;
    }
    // The server's memory is read while the load runs, at the end of every window.
    List<String> memory = new ArrayList<>();
    Load measured =
        Load.run(
            client,
            get,
            concurrency,
            Duration.ofSeconds(durationS),
            () -> memory.add(pid == null ? null : residentMb(pid)));
    List<Load.Window> windows = measured.windows();
    for (int w = 0; w < windows.size(); w++) {
      row(windows.get(w), w < memory.size() ? memory.get(w) : null);
    }
    long[] sorted = Latencies.merged(measured.latencies());
    double seconds = measured.elapsed().toNanos() / 1e9;
    out.printf(
        Locale.ROOT,
        "http url=%s requests=%d req_s=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d concurrency=%d"
            + " duration_s=%d%n",
        url,
        measured.requests(),
        measured.requests() / seconds,
        Latencies.percentileMs(sorted, 50),
        Latencies.percentileMs(sorted, 99),
        measured.errors(),
        concurrency,
        durationS);
    return 0;
  }

  private void row(Load.Window window, String residentMb) {
    long[] sorted = Latencies.merged(window.latencies());
    out.printf(
        Locale.ROOT,
        "%d\t%d\t%.1f\t%.2f\t%d%s%n",
        window.second(),
        sorted.length,
        sorted.length / window.seconds(),
        Latencies.percentileMs(sorted, 99),
        window.errors(),
        residentMb == null ? "" : "\t" + residentMb);
  }

  /** The resident memory of a local process in MB, from /proc; NA where it cannot be read. */
  static String residentMb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return String.format(Locale.ROOT, "%.0f", kb / 1024.0);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not this machine's process, or gone: say so in the row rather than stop the run
    }
    return "NA";
  }

  /** {@code --name value} pairs; null when the arguments are not such pairs of known names. */
  static Map<String, String> options(String[] args) {
    List<String> known =
        List.of(
            "--url",
            "--concurrency",
            "--duration",
            "--warmup",
            "--user",
            "--password",
            "--token",
            "--pid");
    List<String> whole = List.of("--concurrency", "--duration", "--warmup", "--pid");
    Map<String, String> values = new HashMap<>();
    for (int k = 0; k < args.length; k += 2) {
      if (!known.contains(args[k]) || k + 1 >= args.length) {
        return null;
      }
      if (whole.contains(args[k])) {
        try {
          if (Long.parseLong(args[k + 1]) < (args[k].equals("--warmup") ? 0 : 1)) {
            return null;
          }
        } catch (NumberFormatException e) {
          return null;
        }
      }
      values.put(args[k], args[k + 1]);
    }
    return values;
  }

  /** One closed-loop run of the same request from {@code concurrency} threads. */
  record Load(
      long requests,
      long errors,
      Duration elapsed,
      List<Latencies> latencies,
      List<Load.Window> windows) {

    /** Ten seconds of a run, for the progress rows. */
    record Window(long second, double seconds, List<Latencies> latencies, long errors) {}

    static Load run(
        HttpClient client,
        HttpRequest request,
        int concurrency,
        Duration duration,
        Runnable atEveryWindow)
        throws InterruptedException {
      long start = System.nanoTime();
      long end = start + duration.toNanos();
      AtomicLong errors = new AtomicLong();
      List<Latencies> all = new ArrayList<>();
      List<List<Latencies>> windowsPerThread = new ArrayList<>();
      List<long[]> windowErrors = new ArrayList<>();
      int windowCount =
          (int) Math.max(1, (duration.toNanos() + INTERVAL.toNanos() - 1) / INTERVAL.toNanos());
      CountDownLatch done = new CountDownLatch(concurrency);
      for (int t = 0; t < concurrency; t++) {
        Latencies mine = new Latencies();
        List<Latencies> myWindows = new ArrayList<>();
        for (int w = 0; w < windowCount; w++) {
          myWindows.add(new Latencies());
        }
        long[] myWindowErrors = new long[windowCount];
        all.add(mine);
        windowsPerThread.add(myWindows);
        windowErrors.add(myWindowErrors);
        Thread worker =
            new Thread(
                () -> {
                  try {
                    long now;
                    while ((now = System.nanoTime()) < end) {
                      int window =
                          (int) Math.min(windowCount - 1, (now - start) / INTERVAL.toNanos());
                      boolean ok;
                      try {
                        HttpResponse<Void> answer =
                            client.send(request, HttpResponse.BodyHandlers.discarding());
                        ok = answer.statusCode() / 100 == 2;
                      } catch (IOException e) {
                        ok = false;
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                      }
                      long micros = (System.nanoTime() - now) / 1000;
                      mine.add(micros);
                      myWindows.get(window).add(micros);
                      if (!ok) {
                        errors.incrementAndGet();
                        myWindowErrors[window]++;
                      }
                    }
                  } finally {
                    done.countDown();
                  }
                },
                "load-" + t);
        worker.setDaemon(true);
        worker.start();
      }
      while (!done.await(INTERVAL.toMillis(), TimeUnit.MILLISECONDS)) {
        atEveryWindow.run();
      }
      atEveryWindow.run();
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      List<Window> windows = new ArrayList<>();
      for (int w = 0; w < windowCount; w++) {
        List<Latencies> window = new ArrayList<>();
        long windowErrorCount = 0;
        for (int t = 0; t < concurrency; t++) {
          window.add(windowsPerThread.get(t).get(w));
          windowErrorCount += windowErrors.get(t)[w];
        }
        long from = w * INTERVAL.toSeconds();
        long to = Math.min(from + INTERVAL.toSeconds(), Math.max(1, duration.toSeconds()));
        windows.add(new Window(to, Math.max(1, to - from), window, windowErrorCount));
      }
      long requests = all.stream().mapToLong(Latencies::count).sum();
      return new Load(requests, errors.get(), elapsed, all, windows);
    }
  }
}
