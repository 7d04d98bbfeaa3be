package org.cairnpmo.platform.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.search.engine.environment.bean.BeanRetrieval;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.TypeMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.TypeMappingAnnotationProcessor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.TypeMappingAnnotationProcessorContext;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.TypeMappingAnnotationProcessorRef;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * Maps an indexed entity that is a {@link SearchRecord} to the common fields of the search across
 * Cairn ({@link SearchRecordBinder}). {@link #derivedFrom} names the entity's properties that its
 * {@link SearchEntry} is computed from and that change after creation: a change to one of them
 * indexes the record again. Ids, kinds and creation stamps never change and are left out.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@TypeMapping(
    processor =
        @TypeMappingAnnotationProcessorRef(
            type = SearchRecordMapping.Processor.class,
            retrieval = BeanRetrieval.CONSTRUCTOR))
public @interface SearchRecordMapping {

  String[] derivedFrom() default {};

  class Processor implements TypeMappingAnnotationProcessor<SearchRecordMapping> {
    @Override
    public void process(
        TypeMappingStep mapping,
        SearchRecordMapping annotation,
        TypeMappingAnnotationProcessorContext context) {
      mapping.binder(new SearchRecordBinder(annotation.derivedFrom()));
    }
  }
}
