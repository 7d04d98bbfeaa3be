package org.cairnpmo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Cairn, the open Project Management Office platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CairnApplication {

  public static void main(String[] args) {
    SpringApplication.run(CairnApplication.class, args);
  }
}
