package fr.segurstudio.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import fr.segurstudio.dsl.segurDsl.DateValue;
import fr.segurstudio.dsl.segurDsl.DemandeText;
import fr.segurstudio.dsl.segurDsl.DossierText;
import fr.segurstudio.dsl.segurDsl.Entry;
import fr.segurstudio.dsl.segurDsl.NameValue;
import fr.segurstudio.dsl.segurDsl.NumberValue;
import fr.segurstudio.dsl.segurDsl.SegurDslPackage;

/**
 * The meaning of the words of a .segur text, for an editor to color them: field names, codes and
 * enumeration values, dates, amounts and numbers, the couloir of the header, the numbers of requests.
 */
public class SegurHighlighting implements ISemanticHighlightingCalculator {

	public static final String CHAMP = "segur.champ";
	public static final String CODE = "segur.code";
	public static final String DATE = "segur.date";
	public static final String NOMBRE = "segur.nombre";
	public static final String COULOIR = "segur.couloir";
	public static final String DEMANDE = "segur.demande";

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		if (resource == null || resource.getContents().isEmpty()) {
			return;
		}
		for (EObject object : (Iterable<EObject>) () -> resource.getAllContents()) {
			if (cancel.isCanceled()) {
				return;
			}
			if (object instanceof Entry) {
				mark(object, SegurDslPackage.Literals.ENTRY__FEATURE, CHAMP, acceptor);
			} else if (object instanceof NameValue) {
				mark(object, SegurDslPackage.Literals.NAME_VALUE__VALUE, CODE, acceptor);
			} else if (object instanceof DateValue) {
				mark(object, SegurDslPackage.Literals.DATE_VALUE__VALUE, DATE, acceptor);
			} else if (object instanceof NumberValue) {
				mark(object, SegurDslPackage.Literals.NUMBER_VALUE__VALUE, NOMBRE, acceptor);
			} else if (object instanceof DossierText) {
				mark(object, SegurDslPackage.Literals.DOSSIER_TEXT__COULOIR, COULOIR, acceptor);
				mark(object, SegurDslPackage.Literals.DOSSIER_TEXT__LOGICIEL, COULOIR, acceptor);
			} else if (object instanceof DemandeText) {
				mark(object, SegurDslPackage.Literals.DEMANDE_TEXT__NUMERO_EDITEUR, DEMANDE, acceptor);
			}
		}
	}

	private static void mark(EObject object, EStructuralFeature feature, String style, IHighlightedPositionAcceptor acceptor) {
		for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
			acceptor.addPosition(node.getOffset(), node.getLength(), style);
		}
	}
}
