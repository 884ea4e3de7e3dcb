package fr.segurstudio.dsl.formatting2;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.preferences.TypedPreferenceValues;

import fr.segurstudio.dsl.segurDsl.Block;
import fr.segurstudio.dsl.segurDsl.DemandeText;
import fr.segurstudio.dsl.segurDsl.DossierText;
import fr.segurstudio.dsl.segurDsl.Entry;
import fr.segurstudio.dsl.segurDsl.ListValue;
import fr.segurstudio.dsl.segurDsl.Member;
import fr.segurstudio.dsl.segurDsl.SegurDslPackage;

/**
 * The one canonical layout of a .segur file: one entry per line, blocks indented by two spaces, a blank
 * line before each request, lists on one line ({@code ["111111111", "111111112"]}), {@code {}} for an
 * empty block. Comments stay where the user put them.
 */
public class SegurFormatter extends AbstractJavaFormatter {

	/** The layout is canonical, not a user preference: every request (the serializer's too) gets it. */
	@Override
	protected void initialize(FormatterRequest request) {
		request.setPreferences(TypedPreferenceValues.castOrWrap(new SegurFormattingPreferences().getPreferenceValues(null)));
		super.initialize(request);
	}

	protected void format(DossierText dossier, IFormattableDocument doc) {
		doc.surround(regionFor(dossier).keyword("-"), it -> it.noSpace());
		block(regionFor(dossier).keyword("{"), regionFor(dossier).keyword("}"), dossier.getMembers(), doc);
		boolean first = true;
		for (Member member : dossier.getMembers()) {
			if (member instanceof DemandeText && !first) {
				doc.prepend(member, it -> {
					it.setNewLines(2);
					it.highPriority(); // over the new line after the previous member
				});
			}
			first = false;
			doc.format(member);
		}
		doc.append(regionFor(dossier).keyword("}"), it -> it.setNewLines(1));
	}

	protected void format(DemandeText demande, IFormattableDocument doc) {
		doc.append(regionFor(demande).keyword("demande"), it -> it.oneSpace());
		block(regionFor(demande).keyword("{"), regionFor(demande).keyword("}"), demande.getEntries(), doc);
		demande.getEntries().forEach(doc::format);
	}

	protected void format(Entry entry, IFormattableDocument doc) {
		doc.append(regionFor(entry).feature(SegurDslPackage.Literals.ENTRY__FEATURE), it -> it.oneSpace());
		doc.format(entry.getValue());
	}

	protected void format(Block block, IFormattableDocument doc) {
		block(regionFor(block).keyword("{"), regionFor(block).keyword("}"), block.getEntries(), doc);
		block.getEntries().forEach(doc::format);
	}

	protected void format(ListValue list, IFormattableDocument doc) {
		doc.append(regionFor(list).keyword("["), it -> it.noSpace());
		doc.prepend(regionFor(list).keyword("]"), it -> it.noSpace());
		for (ISemanticRegion comma : regionFor(list).keywords(",")) {
			doc.prepend(comma, it -> it.noSpace());
			doc.append(comma, it -> it.oneSpace());
		}
	}

	/** { on the line of its owner; one child per line, indented; } alone; {} when empty. */
	private void block(ISemanticRegion open, ISemanticRegion close, List<? extends EObject> children, IFormattableDocument doc) {
		doc.prepend(open, it -> it.oneSpace());
		if (children.isEmpty()) {
			doc.append(open, it -> it.noSpace());
			return;
		}
		doc.interior(open, close, it -> it.indent());
		doc.append(open, it -> it.newLine());
		for (EObject child : children) {
			doc.append(child, it -> it.newLine());
		}
	}
}
