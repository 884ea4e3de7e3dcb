package fr.segurstudio.dsl.tests;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.ide.contentassist.SegurCompletion;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.testing.Services;

/** The .segur language service, as the application gets it. */
final class Texts {

	private Texts() {
	}

	static DossierTexts service() {
		return Services.get(DossierTexts.class);
	}

	static DossierTexts.Parsed parse(String text) {
		return service().parse(text, "test.segur");
	}

	static Dossier dossier(String text) {
		return parse(text).built().dossier();
	}

	/** Everything the text editor would show: syntax, unknown names, the validator's rules. */
	static List<Issue> validate(XtextResource resource) {
		return resource.getResourceServiceProvider().get(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	static List<Issue> validate(String text) {
		return validate(parse(text).resource());
	}

	static List<Issue> withCode(List<Issue> issues, String code) {
		return issues.stream().filter(i -> code.equals(i.getCode())).collect(Collectors.toList());
	}

	static String describe(List<Issue> issues) {
		return issues.stream().map(i -> i.getSeverity() + " " + i.getCode() + " " + i.getLineNumber() + ":" + i.getColumn() + " " + i.getMessage())
				.collect(Collectors.joining("\n"));
	}

	/** The 1-based line of an offset. */
	static int line(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
	}

	/** The 1-based column of an offset, in characters. */
	static int column(String text, int offset) {
		return offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
	}

	/** What completion proposes where ‸ stands in the text (the ‸ taken out). */
	static List<String> proposals(String marked) {
		Caret caret = Caret.of(marked);
		return service().injector().getInstance(SegurCompletion.class).complete(parse(caret.text()).resource(), caret.offset()).stream()
				.map(ContentAssistEntry::getProposal).toList();
	}

	/** The text without its caret mark {@code ‸}, and the caret's offset. */
	record Caret(String text, int offset) {
		static Caret of(String marked) {
			int at = marked.indexOf('‸');
			return new Caret(marked.substring(0, at) + marked.substring(at + 1), at);
		}
	}
}
