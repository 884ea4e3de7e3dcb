package fr.segurstudio.validation.json;

import org.eclipse.emf.ecore.util.EcoreUtil;

import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.json.portal.PortalReturn;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.issue.Issue;

/**
 * The file the portal would give back after its second control (seed §1.2, step 5.b): the same JSON
 * with, per request, codeTraitement and libelleTraitement: {@code 0000} "Demande acceptée" (the code of the
 * seed 004 flowchart), else the code and label of the first error. No numeroASP: only the ASP gives one.
 */
public final class PortalAnswer {

	public static final String ACCEPTED_LABEL = "Demande acceptée";

	private PortalAnswer() {
	}

	/** The JSON of the answer, or null when the file is rejected at the structure stage (the portal answers nothing then). */
	public static byte[] toBytes(FileReport report) {
		if (!report.accepted() || report.dossier() == null) {
			return null;
		}
		Dossier answer = EcoreUtil.copy(report.dossier());
		for (int i = 0; i < report.requests().size(); i++) {
			FileReport.RequestReport request = report.requests().get(i);
			Demande demande = answer.getDemandes().get(i);
			Issue error = request.firstError();
			demande.setCodeTraitement(error == null ? PortalReturn.CODE_ACCEPTEE : error.code());
			demande.setLibelleTraitement(error == null ? ACCEPTED_LABEL : error.message());
		}
		return new AspJsonWriter().toBytes(answer, AspJsonWriter.FAITHFUL);
	}
}
