package fr.segurstudio.ui.lifecycle.spreadsheet;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.forms.FeaturePath;
import fr.segurstudio.forms.FormContext;
import fr.segurstudio.forms.ViewRegistry;
import fr.segurstudio.forms.view.Container;
import fr.segurstudio.forms.view.Control;
import fr.segurstudio.forms.view.Element;
import fr.segurstudio.forms.view.Group;
import fr.segurstudio.forms.view.Table;
import fr.segurstudio.forms.view.View;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;

/**
 * The values of a couloir's request a spreadsheet can fill, as its form shows them: in the form's order,
 * under the form's groups and labels, each with the key path a mapping gives it ({@code
 * beneficiaires.EtablissementsClients.nomClient}). What the portal fills (read-only fields), the application's
 * own values (an attached file's path) and the request number (the mapping's {@code demande}) are left out.
 */
record MappingFields(Couloir couloir, List<Field> fields) {

	/** One value: its group in the form ({@code Bénéficiaires › Établissements clients}), label, key path and feature. */
	record Field(String group, String label, String key, EStructuralFeature feature) {
	}

	static MappingFields of(Couloir couloir, ViewRegistry views, CouloirRegistry registry) {
		FormContext context = new FormContext(registry, couloir);
		View view = views.view(SegurPackage.Literals.DEMANDE, context);
		List<Field> fields = new ArrayList<>();
		walk(view, view.getRootEClass(), "", "", context, views, fields);
		return new MappingFields(couloir, List.copyOf(fields));
	}

	private static void walk(Container container, EClass scope, String group, String prefix, FormContext context, ViewRegistry views, List<Field> into) {
		for (Element element : container.getChildren()) {
			if (element instanceof Control control && !control.isReadOnly()) {
				FeaturePath path = FeaturePath.parse(scope, control.getPath(), context::concreteClass);
				String key = key(prefix, path);
				if (key != null && path.feature() != SegurPackage.Literals.DEMANDE__NUMERO_EDITEUR) {
					into.add(new Field(group, element.getLabel(), key, path.feature()));
				}
			} else if (element instanceof Group inner) {
				if (inner.getPath() == null) {
					walk(inner, scope, join(group, inner.getLabel()), prefix, context, views, into);
					continue;
				}
				FeaturePath path = FeaturePath.parse(scope, inner.getPath(), context::concreteClass);
				String key = key(prefix, path);
				if (key != null && path.feature() instanceof EReference reference) {
					walk(inner, context.concreteClass(reference.getEReferenceType()), inner.getLabel(), key + ".", context, views, into);
				}
			} else if (element instanceof Table table) {
				FeaturePath path = FeaturePath.parse(scope, table.getPath(), context::concreteClass);
				String key = key(prefix, path);
				if (key != null && path.feature() instanceof EReference reference) {
					EClass type = context.concreteClass(reference.getEReferenceType());
					View detail = table.getDetail() != null ? table.getDetail() : views.view(type, context);
					walk(detail, type, join(group, table.getLabel()), key + ".", context, views, into);
				}
			}
		}
	}

	/** The mapping's key path of a view's path, or null when a feature on the way has no JSON key. */
	private static String key(String prefix, FeaturePath path) {
		StringBuilder key = new StringBuilder(prefix);
		for (int i = 0; i < path.features().size(); i++) {
			EStructuralFeature feature = path.features().get(i);
			AspFeatureMapping mapping = AspClassMapping.of(feature.getEContainingClass()).byFeature(feature);
			if (mapping == null) {
				return null;
			}
			key.append(i == 0 ? "" : ".").append(mapping.key());
		}
		return key.toString();
	}

	private static String join(String outer, String inner) {
		return outer == null || outer.isEmpty() ? inner : inner == null ? outer : outer + " › " + inner;
	}
}
