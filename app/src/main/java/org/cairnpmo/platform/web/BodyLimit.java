package org.cairnpmo.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request body larger than {@link #MAX_BYTES} with 413 before it is read: no form and no
 * API call needs more, and a body is read whole into memory to be parsed. A body that announces its
 * length is refused at once; one sent in chunks is counted as it is read and refused at the limit.
 * File uploads (multipart) have their own limits ({@code spring.servlet.multipart.*}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BodyLimit extends OncePerRequestFilter {

  /** 1 MiB: a hundred times the largest form Cairn has. */
  static final long MAX_BYTES = 1024 * 1024;

  private final JsonMapper json;

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType();
    if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getContentLengthLong() > MAX_BYTES) {
      refuse(request, response);
      return;
    }
    chain.doFilter(request.getContentLengthLong() < 0 ? new Bounded(request) : request, response);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(json.writeValueAsString(problem()));
    } else {
      response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
    }
  }

  static ProblemDetail problem() {
    return Problems.of(
        HttpStatus.CONTENT_TOO_LARGE,
        "content-too-large",
        "Content too large",
        "The request body is larger than "
            + MAX_BYTES / 1024
            + " KiB. Send less data per request; upload files as multipart/form-data.");
  }

  /** Whether reading the body stopped at the limit, somewhere in the causes of {@code failure}. */
  static boolean exceededIn(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TooLarge) {
        return true;
      }
    }
    return false;
  }

  /** Reading a body went past the limit. */
  static final class TooLarge extends IOException {

    TooLarge() {
      super("The request body is larger than " + MAX_BYTES + " bytes");
    }
  }

  /** A request whose body (of unknown length) fails once more than the limit has been read. */
  static final class Bounded extends HttpServletRequestWrapper {

    private ServletInputStream stream;

    Bounded(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream());
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  private static final class Counting extends ServletInputStream {

    private final ServletInputStream in;
    private long read;

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > MAX_BYTES) {
        throw new TooLarge();
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
