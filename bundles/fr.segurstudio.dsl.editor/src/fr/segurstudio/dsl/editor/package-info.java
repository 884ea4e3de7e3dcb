/**
 * The .segur text editor: {@link fr.segurstudio.dsl.editor.SegurTextEditor}, a platform {@code TextEditor}
 * (jface.text's projection, content assist, reconciler, annotations, quick assist) driven only by the
 * language's UI-free services of {@code fr.segurstudio.dsl.ide} (completion, semantic highlighting,
 * outline, quick fixes, formatter) and the validator (the same checks as the workspace validation and
 * {@code segur validate}): no parser or rule of its own.
 *
 * <h2>Two ways to use it</h2>
 * <ul>
 * <li><b>Standalone</b>, on a {@code .segur} file (Open With &gt; Éditeur de texte Ségur, not the default
 * editor): the platform's file buffers; the editor owns the file's Problems markers while it has unsaved
 * changes ({@code MarkerOwners.claim}, {@code ProblemMarkers.replace}), and gives them back to the
 * workspace validation when saved, reverted or closed.</li>
 * <li><b>As the "Texte" page of a multi-page editor</b> (the dossier editor): {@code new
 * SegurTextEditor(TextPageHost)}. The page's document is seeded from {@link
 * fr.segurstudio.dsl.editor.TextPageHost#initialText()}; the host is told each reconciled text ({@code
 * textChanged(text, parsed, parseFailed)}); the host carries text and model across when the page changes
 * ({@code session.adoptText(editor.text())} leaving the text, {@code editor.setText(session.syncText())}
 * coming back), saves, and owns the markers. See {@link fr.segurstudio.dsl.editor.TextPageHost}.</li>
 * </ul>
 *
 * <h2>Threads</h2> The text is checked in the reconciler's thread after each pause in typing
 * ({@code SegurSourceViewerConfiguration.RECONCILE_DELAY_MS}); the UI thread only shows a result whose
 * document stamp is still the document's (never stale annotations). Completion and Ctrl+1 use the last
 * reconcile's parse when the document has not changed since, else parse the text as it is.
 */
package fr.segurstudio.dsl.editor;
