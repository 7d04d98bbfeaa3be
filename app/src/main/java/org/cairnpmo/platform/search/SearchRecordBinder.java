package org.cairnpmo.platform.search;

import java.util.List;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFinalStep;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Declares the fields of {@link SearchFields} in one place, so that a field of the same name is the
 * same in every index (one query runs over all of them), and writes a record's {@link SearchEntry}
 * into them: the title and the texts each twice, stemmed and as whole words.
 */
final class SearchRecordBinder implements TypeBinder {

  private final String[] derivedFrom;

  SearchRecordBinder(String[] derivedFrom) {
    this.derivedFrom = derivedFrom.clone();
  }

  @Override
  public void bind(TypeBindingContext context) {
    if (derivedFrom.length == 0) {
      context.dependencies().useRootOnly();
    }
    for (String property : derivedFrom) {
      context.dependencies().use(property);
    }
    context.bridge(
        SearchRecord.class, new Bridge(context.indexSchemaElement(), context.typeFactory()));
  }

  private static final class Bridge implements TypeBridge<SearchRecord> {

    private final IndexFieldReference<String> kind;
    private final IndexFieldReference<String> link;
    private final List<IndexFieldReference<String>> title;
    private final List<IndexFieldReference<String>> text;
    private final IndexFieldReference<String> project;
    private final IndexFieldReference<String> selfProject;
    private final IndexFieldReference<String> proposal;
    private final IndexFieldReference<String> department;
    private final IndexFieldReference<String> type;
    private final IndexFieldReference<Integer> year;

    Bridge(IndexSchemaElement schema, IndexFieldTypeFactory types) {
      IndexFieldTypeFinalStep<String> facet =
          types.asString().aggregable(Aggregable.YES).projectable(Projectable.YES);
      IndexFieldTypeFinalStep<String> shownOnly =
          types.asString().searchable(Searchable.NO).projectable(Projectable.YES);
      IndexFieldTypeFinalStep<String> id = types.asString().projectable(Projectable.YES);
      IndexFieldTypeFinalStep<Integer> number =
          types.asInteger().aggregable(Aggregable.YES).projectable(Projectable.YES);
      IndexFieldTypeFinalStep<String> stemmed = prose(types, SearchAnalysis.TEXT);
      IndexFieldTypeFinalStep<String> words = prose(types, SearchAnalysis.WORDS);
      kind = schema.field(SearchFields.KIND, facet).toReference();
      link = schema.field(SearchFields.LINK, shownOnly).toReference();
      title =
          List.of(
              schema.field(SearchFields.TITLE, stemmed).toReference(),
              schema.field(SearchFields.TITLE_WORDS, words).toReference());
      text =
          List.of(
              schema.field(SearchFields.TEXT, stemmed).toReference(),
              schema.field(SearchFields.TEXT_WORDS, words).toReference());
      project = schema.field(SearchFields.PROJECT, facet).toReference();
      selfProject = schema.field(SearchFields.SELF_PROJECT, facet).toReference();
      proposal = schema.field(SearchFields.PROPOSAL, id).toReference();
      department = schema.field(SearchFields.DEPARTMENT, facet).toReference();
      type = schema.field(SearchFields.TYPE, facet).toReference();
      year = schema.field(SearchFields.YEAR, number).toReference();
    }

    private static IndexFieldTypeFinalStep<String> prose(
        IndexFieldTypeFactory types, String analyzer) {
      return types
          .asString()
          .analyzer(analyzer)
          .projectable(Projectable.YES)
          .highlightable(List.of(Highlightable.UNIFIED));
    }

    @Override
    public void write(DocumentElement target, SearchRecord record, TypeBridgeWriteContext context) {
      SearchEntry entry = record.searchEntry();
      add(target, kind, entry.kind());
      add(target, link, entry.link());
      title.forEach(field -> add(target, field, entry.title()));
      text.forEach(field -> add(target, field, entry.text()));
      add(target, project, key(entry.project()));
      add(target, selfProject, key(entry.selfProject()));
      add(target, proposal, key(entry.proposal()));
      add(target, department, key(entry.department()));
      add(target, type, entry.type());
      add(target, year, entry.year());
    }

    private static <F> void add(DocumentElement target, IndexFieldReference<F> field, F value) {
      if (value != null) {
        target.addValue(field, value);
      }
    }

    private static String key(Long id) {
      return id == null ? null : id.toString();
    }
  }
}
