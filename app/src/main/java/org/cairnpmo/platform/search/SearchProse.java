package org.cairnpmo.platform.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.environment.bean.BeanRetrieval;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessorContext;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessorRef;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;

/**
 * Indexes a text property twice, as {@link SearchFields#TITLE} and {@link SearchFields#TITLE_WORDS}
 * are: in a field of the property's name, stemmed ({@link SearchAnalysis#TEXT}), and in {@code
 * <name>Words} as whole words ({@link SearchAnalysis#WORDS}) where typos are forgiven; both
 * projectable and highlighted.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@PropertyMapping(
    processor =
        @PropertyMappingAnnotationProcessorRef(
            type = SearchProse.Processor.class,
            retrieval = BeanRetrieval.CONSTRUCTOR))
public @interface SearchProse {

  class Processor implements PropertyMappingAnnotationProcessor<SearchProse> {
    @Override
    public void process(
        PropertyMappingStep mapping,
        SearchProse annotation,
        PropertyMappingAnnotationProcessorContext context) {
      String name = context.annotatedElement().name();
      mapping
          .fullTextField(name)
          .analyzer(SearchAnalysis.TEXT)
          .projectable(Projectable.YES)
          .highlightable(List.of(Highlightable.UNIFIED));
      mapping
          .fullTextField(name + "Words")
          .analyzer(SearchAnalysis.WORDS)
          .projectable(Projectable.YES)
          .highlightable(List.of(Highlightable.UNIFIED));
    }
  }
}
