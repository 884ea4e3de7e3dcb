package fr.segurstudio.ui.dossier.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import fr.segurstudio.model.core.Demande;

/** What the table, the outline and the overview say of a request. */
public final class RequestLabels {

	private RequestLabels() {
	}

	/**
	 * The beneficiary's name: the first name the request's beneficiaries give, in the seed's order (BIO/RAD
	 * nomClient, MDV nomMedecin or nomResponsable). Any couloir gets one: a text attribute whose name starts
	 * with "nom", a mandataire's name excepted (it names who signs for the beneficiary, not the beneficiary).
	 */
	public static String beneficiary(Demande demande) {
		if (demande.getBeneficiaires() == null) {
			return "";
		}
		String found = nameOf(demande.getBeneficiaires());
		if (found != null) {
			return found;
		}
		for (TreeIterator<EObject> it = demande.getBeneficiaires().eAllContents(); it.hasNext();) {
			found = nameOf(it.next());
			if (found != null) {
				return found;
			}
		}
		return "";
	}

	private static String nameOf(EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			String name = attribute.getName();
			if (name.startsWith("nom") && !name.contains("Mandataire") && attribute.getEAttributeType().getInstanceClass() == String.class
					&& !attribute.isMany() && object.eGet(attribute) instanceof String value && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

	public static BigDecimal amount(Demande demande) {
		return demande.getCommande() == null ? null : demande.getCommande().getMontantSegurHT();
	}

	/** 1 075,00 € (French grouping and decimals). */
	public static String euros(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(amount) + " €";
	}
}
