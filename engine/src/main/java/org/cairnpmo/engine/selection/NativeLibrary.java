package org.cairnpmo.engine.selection;

import com.google.ortools.Loader;

/** Loads the OR-Tools native library once per JVM (loading twice is an error in JNI). */
final class NativeLibrary {

  private static boolean loaded;

  private NativeLibrary() {}

  static synchronized void ensureLoaded() {
    if (!loaded) {
      Loader.loadNativeLibraries();
      loaded = true;
    }
  }
}
