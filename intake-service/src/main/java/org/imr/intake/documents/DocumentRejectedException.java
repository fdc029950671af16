package org.imr.intake.documents;

/** A document whose content is not what its media type says (a "PDF" without the PDF header, binary "text"). */
public class DocumentRejectedException extends RuntimeException {

    public DocumentRejectedException(String reason) {
        super(reason);
    }
}
