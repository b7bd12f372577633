package org.policylens.store;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policylens.model.Codebook;
import org.policylens.model.PassageTheme;

/**
 * A change to a stored codebook, written in one transaction together with what follows from it.
 *
 * @param codebook     the codebook as it is to be stored (it must exist)
 * @param activate     make it the active codebook
 * @param renamedCodes decisions on a key's theme now refer to the value's theme (a merge)
 * @param droppedCodes decisions on these themes are dropped (a delete)
 * @param recoding     when the codebook is (or becomes) active: the new coding, per document id, per passage id
 *                     (themes primary first); empty when passages are not coded with it
 */
public record CodebookEdit(Codebook codebook, boolean activate, Map<String, String> renamedCodes,
                           Set<String> droppedCodes, Map<Long, Map<Long, List<PassageTheme>>> recoding) {

    public CodebookEdit {
        renamedCodes = Map.copyOf(renamedCodes);
        droppedCodes = Set.copyOf(droppedCodes);
        recoding = Map.copyOf(recoding);
    }
}
