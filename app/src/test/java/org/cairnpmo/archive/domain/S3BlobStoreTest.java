package org.cairnpmo.archive.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cairnpmo.platform.NotFoundException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The S3 store against a small S3-speaking server in the test JVM (path-style, objects in a map):
 * what the SDK sends and how the store keeps objects in step with its transactions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3BlobStoreTest {

  private static final String KEY = "0123abcd-0000-4000-8000-00000000cafe";

  private final Map<String, byte[]> objects = new ConcurrentHashMap<>();
  private final TransactionTemplate transactions = new TransactionTemplate(new NoResources());
  private HttpServer server;
  private BlobStore store;

  @TempDir Path temp;

  @BeforeAll
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::serve);
    server.start();
    System.setProperty("aws.accessKeyId", "test-key");
    System.setProperty("aws.secretAccessKey", "test-secret");
    store =
        BlobStoreConfig.s3Store(
            new ArchiveSettings.S3(
                "cairn-docs",
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                "us-east-1",
                true,
                "documents/"));
  }

  @AfterAll
  void stopServer() {
    server.stop(0);
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  @BeforeEach
  void empty() {
    objects.clear();
  }

  @Test
  void stored_bytes_are_read_back_from_the_bucket_under_the_prefix() throws IOException {
    store.put(KEY, file("charter, version 1"), 18);

    assertThat(objects).containsOnlyKeys("/cairn-docs/documents/" + KEY);
    String read = store.read(KEY, in -> new String(in.readAllBytes(), StandardCharsets.UTF_8));
    assertThat(read).isEqualTo("charter, version 1");
  }

  @Test
  void an_object_whose_transaction_rolls_back_is_deleted_again() throws IOException {
    Path source = file("never committed");
    transactions.executeWithoutResult(
        status -> {
          store.put(KEY, source, 15);
          assertThat(objects).hasSize(1);
          status.setRollbackOnly();
        });

    assertThat(objects).isEmpty();
  }

  @Test
  void a_delete_happens_only_once_its_transaction_commits() throws IOException {
    store.put(KEY, file("kept"), 4);

    transactions.executeWithoutResult(
        status -> {
          store.delete(KEY);
          assertThat(objects).hasSize(1);
          status.setRollbackOnly();
        });
    assertThat(objects).hasSize(1);

    transactions.executeWithoutResult(status -> store.delete(KEY));
    assertThat(objects).isEmpty();
  }

  @Test
  void a_missing_object_or_a_key_from_elsewhere_is_a_missing_file() {
    assertThatThrownBy(() -> store.read(KEY, in -> in.readAllBytes()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> store.read("../../etc/passwd", in -> in.readAllBytes()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void s3_storage_without_a_bucket_is_refused_at_start_with_the_setting_to_fix() {
    assertThatThrownBy(
            () ->
                BlobStoreConfig.s3Store(
                    new ArchiveSettings.S3(" ", null, "us-east-1", false, "documents/")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cairn.archive.s3.bucket");
  }

  private Path file(String text) throws IOException {
    return Files.writeString(Files.createTempFile(temp, "upload", ".bin"), text);
  }

  private void serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    byte[] body = exchange.getRequestBody().readAllBytes();
    switch (exchange.getRequestMethod()) {
      case "PUT" -> {
        boolean chunked =
            String.valueOf(exchange.getRequestHeaders().getFirst("x-amz-content-sha256"))
                .startsWith("STREAMING-");
        objects.put(path, chunked ? unchunk(body) : body);
        exchange.getResponseHeaders().add("ETag", "\"stored\"");
        exchange.sendResponseHeaders(200, -1);
      }
      case "GET" -> {
        byte[] object = objects.get(path);
        if (object == null) {
          byte[] error =
              "<Error><Code>NoSuchKey</Code><Message>missing</Message></Error>"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/xml");
          exchange.sendResponseHeaders(404, error.length);
          exchange.getResponseBody().write(error);
        } else {
          exchange.sendResponseHeaders(200, object.length);
          exchange.getResponseBody().write(object);
        }
      }
      case "DELETE" -> {
        objects.remove(path);
        exchange.sendResponseHeaders(204, -1);
      }
      default -> exchange.sendResponseHeaders(405, -1);
    }
    exchange.close();
  }

  /** The payload of an aws-chunked body: hex size;chunk-signature=… CRLF, bytes, CRLF, … 0. */
  private static byte[] unchunk(byte[] body) {
    ByteArrayOutputStream payload = new ByteArrayOutputStream();
    int at = 0;
    while (at < body.length) {
      int lineEnd = at;
      while (body[lineEnd] != '\r') {
        lineEnd++;
      }
      String header = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII);
      int size = Integer.parseInt(header.split(";")[0], 16);
      if (size == 0) {
        break;
      }
      payload.write(body, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
    return payload.toByteArray();
  }

  /** Transactions with nothing behind them but synchronization, as the store's callers have. */
  private static final class NoResources extends AbstractPlatformTransactionManager {
    @Override
    protected Object doGetTransaction() {
      return new Object();
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {}

    @Override
    protected void doCommit(DefaultTransactionStatus status) {}

    @Override
    protected void doRollback(DefaultTransactionStatus status) {}
  }
}
