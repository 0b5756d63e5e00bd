"""Copying slides between .pptx packages at the OPC level (python-pptx has no slide-copy API).

The usual recipes (python-pptx issues #132 and #1036) add a slide on one of the target's layouts
and deep-copy the shapes, pointing the new relationships at parts that still belong to the source
package: pictures keep working by luck, charts and notes do not, and every slide takes the look
of the target's layout. Here a slide is copied as parts: the slide's XML as it was, each part it
relates to (pictures, media, charts with their workbooks, SmartArt, OLE objects) cloned into the
output under a free part name with the same relationship ids, so the XML needs no rewriting. Its
layout is matched to a layout already in the output by content; when none matches, the source
master is carried over with its theme and layouts (ids renumbered: masters and layouts share one
id space), so the slide looks as it did. Notes are copied onto the output's notes master.

What cannot be carried is reported as a `Loss` and the rest still builds: a reference to a part
missing from the source (python-pptx drops such relationships on load; the shape that used it is
removed so the file opens without repair), a linked (not embedded) picture or video, a link to a
slide that is not in the pitch, review comments, fonts embedded in a deck other than the first,
and a deck whose page size differs from the pitch's.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TARGET_MODE as RTM
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part, _Relationship
from pptx.opc.packuri import PackURI
from pptx.package import Package
from pptx.parts.presentation import PresentationPart

_R = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
)
_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_R_ID = f"{{{_R[0]}}}id"
_SECTIONS_EXT = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"
_FIRST_MASTER_ID = 2147483648  # ECMA-376: sldMasterId and sldLayoutId values start at 2^31

_MODERN_COMMENTS = "http://schemas.microsoft.com/office/2018/10/relationships/comments"
_MODERN_AUTHORS = "http://schemas.microsoft.com/office/2018/10/relationships/authors"
_COMMENTS = frozenset({RT.COMMENTS, _MODERN_COMMENTS})
# Parts of the presentation's own structure: never cloned as a slide's dependency.
_STRUCTURAL = frozenset(
    {
        RT.SLIDE_MASTER,
        RT.SLIDE_LAYOUT,
        RT.NOTES_MASTER,
        RT.NOTES_SLIDE,
        RT.HANDOUT_MASTER,
        RT.SLIDE,
        RT.OFFICE_DOCUMENT,
        RT.COMMENT_AUTHORS,
        _MODERN_AUTHORS,
        *_COMMENTS,
    }
)
_LINKED_MEDIA = frozenset({RT.IMAGE, RT.VIDEO, RT.AUDIO, RT.MEDIA, RT.OLE_OBJECT})
_MASTER_TYPES = frozenset({CT.PML_SLIDE_MASTER, CT.PML_SLIDE_LAYOUT})
_DEDUPED_MEDIA = ("image/", "video/", "audio/")
# A dangling reference inside one of these removes the whole shape (a picture without its
# picture is invalid); a hyperlink or a chart's workbook link goes alone.
_SHAPES = frozenset({"pic", "sp", "graphicFrame", "cxnSp", "bg", "contentPart"})
_ALONE = frozenset({"hlinkClick", "hlinkHover", "hlinkMouseOver", "externalData", "snd", "custData"})


@dataclass(frozen=True, slots=True)
class Loss:
    """Something of a slide the copy could not carry.

    Attributes:
        code: "missing" (a part the source lacks), "linked" (a linked, not embedded file),
            "slide_link" (a link to a slide left out of the pitch), "comments", "fonts", "size".
        detail: the shape name, link target or page size concerned ("" when there is none).
        slot: which added slide it concerns (0-based), or -1 for the whole source deck.
    """

    code: str
    detail: str = ""
    slot: int = -1


def slide_count(package: Package) -> int:
    return len(_slide_rids(package.main_document_part))


def _slide_rids(prs: PresentationPart) -> list[str]:
    lst = prs._element.find(f"{{{_P}}}sldIdLst")
    return [] if lst is None else [el.get(_R_ID, "") for el in lst]


def is_plain_pptx(package: Package) -> bool:
    """A .pptx (not a template, slideshow or macro deck): the output may start from it."""
    return bool(package.main_document_part.content_type == CT.PML_PRESENTATION_MAIN)


def _template(partname: str) -> str:
    """'/ppt/media/image12.png' -> '/ppt/media/image%d.png' (a number is added when there is none)."""
    escaped = partname.replace("%", "%%")
    template, count = re.subn(r"\d+(\.[^./]*)$", r"%d\1", escaped)
    if count:
        return template
    return re.sub(r"(\.[^./]*)?$", lambda m: "%d" + (m.group(1) or ""), escaped, count=1)


def _add_rel(owner: Part, rid: str, reltype: str, target: Part | str, *, external: bool = False) -> None:
    """Add a relationship under a given id; python-pptx only hands out the next free one."""
    mode = RTM.EXTERNAL if external else RTM.INTERNAL
    owner.rels._rels[rid] = _Relationship(owner.partname.baseURI, rid, reltype, mode, target)


def _xml(root: etree._Element) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _shape_name(element: etree._Element) -> str:
    for cnv in element.iter(f"{{{_P}}}cNvPr"):
        return str(cnv.get("name", ""))
    return _local(element.tag)


class PitchPackage:
    """The output presentation being assembled, slide by slide.

    It starts from a copy of one source deck (its masters, theme, notes master, page size and
    properties) with all its slides removed; `add_slide` appends slides from any opened deck.
    """

    def __init__(self, base: Path | None) -> None:
        if base is None:
            import pptx

            base = Path(pptx.__file__).parent / "templates" / "default.pptx"
        self.package = Package.open(str(base))
        self.prs: PresentationPart = self.package.main_document_part
        self.losses: list[Loss] = []
        self._clear_slides()
        # python-pptx names the notes master (and its theme) itself when it first makes one: make
        # it now, before this class starts naming parts, so the two never pick the same name.
        self.prs.notes_master_part  # noqa: B018
        self._used = {str(part.partname) for part in self.package.iter_parts()}
        self._memo: dict[int, Part] = {}  # id(source part) -> its clone
        self._media: dict[tuple[str, str], Part] = {}
        self._fingerprints: dict[int, str] = {}
        self._slides: dict[int, Part] = {}  # id(source slide) -> output slide
        self._deferred: list[tuple[Part, str, str, int, int]] = []  # owner, rid, type, id(src), slot
        self._created: list[tuple[Part, int]] = []
        self._sources: list[Package] = []  # cloned parts are looked up by id(): keep them alive
        self._layouts: dict[str, Part] = {}
        self._next_master_id = _FIRST_MASTER_ID
        self._slot = -1
        for part in self.package.iter_parts():
            if part.content_type.startswith(_DEDUPED_MEDIA) and not len(part.rels):
                self._media.setdefault((part.content_type, hashlib.sha256(part.blob).hexdigest()), part)
        for master in self._related(self.prs, RT.SLIDE_MASTER):
            self._register_master(master, master)
        self.slide_size = self._size(self.prs)

    # ------------------------------------------------------------------ public

    def check_deck(self, source: Package, *, first: bool) -> None:
        """Report what differs for a whole deck: page size, embedded fonts."""
        prs = source.main_document_part
        size = self._size(prs)
        if size != self.slide_size:
            self.losses.append(Loss("size", f"{size[0] / 914400:.2f}×{size[1] / 914400:.2f} in"))
        if not first and prs._element.find(f"{{{_P}}}embeddedFontLst") is not None:
            self.losses.append(Loss("fonts"))

    def add_slide(self, source: Package, number: int) -> None:
        """Append slide `number` (1-based, in the source's order) of `source`."""
        self._slot += 1
        if not any(known is source for known in self._sources):
            self._sources.append(source)
        src_prs = source.main_document_part
        src = src_prs.related_part(_slide_rids(src_prs)[number - 1])
        root = etree.fromstring(src.blob)
        root.attrib.pop("show", None)  # a hidden slide picked for a pitch is meant to be shown
        slide = Part(self._partname(src.partname), CT.PML_SLIDE, self.package, _xml(root))
        self._slides[id(src)] = slide
        self._created.append((slide, self._slot))
        comments = False
        for rid, rel in src.rels.items():
            if rel.reltype in _COMMENTS:
                comments = True
            elif rel.reltype == RT.NOTES_SLIDE and not rel.is_external:
                _add_rel(slide, rid, rel.reltype, self._notes(rel.target_part, slide))
            elif rel.reltype == RT.SLIDE_LAYOUT and not rel.is_external:
                _add_rel(slide, rid, rel.reltype, self._layout(rel.target_part))
            else:
                self._copy_rel(slide, rid, rel)
        if comments:
            self.losses.append(Loss("comments", slot=self._slot))
        rid = self.prs.relate_to(slide, RT.SLIDE)
        self.prs._element.get_or_add_sldIdLst().add_sldId(rid)

    def save(self, target: Path, *, title: str) -> None:
        self._finish()
        props = self.package.core_properties
        props.title = title
        props.subject = ""
        self.package.save(str(target))

    # ------------------------------------------------------------------ base

    def _clear_slides(self) -> None:
        """Remove the base deck's slides and what names them (sections, custom shows, thumbnail)."""
        element = self.prs._element
        lst = element.find(f"{{{_P}}}sldIdLst")
        for sld_id in list(lst) if lst is not None else []:
            rid = sld_id.get(_R_ID, "")
            if rid in self.prs.rels:
                self.prs.rels.pop(rid)
            lst.remove(sld_id)
        for shows in element.findall(f"{{{_P}}}custShowLst"):
            element.remove(shows)
        ext_list = element.find(f"{{{_P}}}extLst")
        for ext in list(ext_list) if ext_list is not None else []:
            if ext.get("uri") == _SECTIONS_EXT:
                ext_list.remove(ext)
        for rid, rel in list(self.package._rels.items()):
            if rel.reltype == RT.THUMBNAIL:
                self.package.drop_rel(rid)

    @staticmethod
    def _size(prs: PresentationPart) -> tuple[int, int]:
        size = prs._element.find(f"{{{_P}}}sldSz")
        if size is None:
            return (9144000, 6858000)
        return (int(size.get("cx", "9144000")), int(size.get("cy", "6858000")))

    @staticmethod
    def _related(part: Part, reltype: str) -> list[Part]:
        return [r.target_part for r in part.rels.values() if r.reltype == reltype and not r.is_external]

    # ------------------------------------------------------------------ layouts and masters

    def _register_master(self, source: Part, output: Part) -> None:
        """Index `output`'s layouts under the content keys of `source`'s, and reserve their ids."""
        ids = [int(el.get("id", "0")) for el in etree.fromstring(output.blob).iter(f"{{{_P}}}sldLayoutId")]
        master_ids = [int(el.get("id", "0")) for el in self.prs._element.iter(f"{{{_P}}}sldMasterId")]
        self._next_master_id = max([self._next_master_id - 1, *ids, *master_ids]) + 1
        for rid, rel in source.rels.items():
            if rel.reltype != RT.SLIDE_LAYOUT or rel.is_external:
                continue
            target = output.related_part(rid) if output is not source else rel.target_part
            self._layouts.setdefault(self._layout_key(rel.target_part), target)

    def _layout(self, src_layout: Part) -> Part:
        key = self._layout_key(src_layout)
        if key not in self._layouts:
            masters = self._related(src_layout, RT.SLIDE_MASTER)
            if masters:
                self._carry_master(masters[0])
        if key not in self._layouts:  # a layout without a master: carry it alone
            self._layouts[key] = self._clone(src_layout)
        return self._layouts[key]

    def _carry_master(self, src_master: Part) -> None:
        master = self._clone(src_master)
        root = etree.fromstring(master.blob)
        for el in root.iter(f"{{{_P}}}sldLayoutId"):
            el.set("id", str(self._take_master_id()))
        master.blob = _xml(root)
        rid = self.prs.relate_to(master, RT.SLIDE_MASTER)
        lst = self.prs._element.find(f"{{{_P}}}sldMasterIdLst")
        if lst is None:
            lst = etree.Element(f"{{{_P}}}sldMasterIdLst")
            self.prs._element.insert(0, lst)
        entry = etree.SubElement(lst, f"{{{_P}}}sldMasterId")
        entry.set("id", str(self._take_master_id()))
        entry.set(_R_ID, rid)
        self._register_master(src_master, master)

    def _take_master_id(self) -> int:
        value = self._next_master_id
        self._next_master_id += 1
        return value

    def _layout_key(self, layout: Part) -> str:
        masters = self._related(layout, RT.SLIDE_MASTER)
        master = self._fingerprint(masters[0]) if masters else ""
        return f"{master}:{self._fingerprint(layout)}"

    def _fingerprint(self, part: Part) -> str:
        """A hash of a part's content and of what it relates to (masters and layouts by content only)."""
        cached = self._fingerprints.get(id(part))
        if cached is not None:
            return cached
        digest = hashlib.sha256(part.content_type.encode())
        digest.update(part.blob)
        for rid in sorted(part.rels.keys()):
            rel = part.rels[rid]
            digest.update(f"|{rid}|{rel.reltype}|".encode())
            if rel.is_external:
                digest.update(rel.target_ref.encode())
            elif rel.target_part.content_type in _MASTER_TYPES:
                digest.update(hashlib.sha256(rel.target_part.blob).digest())
            else:
                digest.update(self._fingerprint(rel.target_part).encode())
        value = digest.hexdigest()
        self._fingerprints[id(part)] = value
        return value

    # ------------------------------------------------------------------ parts

    def _partname(self, source: PackURI) -> PackURI:
        name = str(source)
        if name not in self._used:
            self._used.add(name)
            return PackURI(name)
        template = _template(name)
        n = 1
        while template % n in self._used:
            n += 1
        self._used.add(template % n)
        return PackURI(template % n)

    def _notes(self, src: Part, slide: Part) -> Part:
        notes = Part(self._partname(src.partname), CT.PML_NOTES_SLIDE, self.package, src.blob)
        self._created.append((notes, self._slot))
        for rid, rel in src.rels.items():
            if rel.reltype == RT.SLIDE and not rel.is_external:
                _add_rel(notes, rid, rel.reltype, slide)
            elif rel.reltype == RT.NOTES_MASTER and not rel.is_external:
                _add_rel(notes, rid, rel.reltype, self.prs.notes_master_part)
            else:
                self._copy_rel(notes, rid, rel)
        return notes

    def _clone(self, src: Part) -> Part:
        known = self._memo.get(id(src))
        if known is not None:
            return known
        key = None
        if src.content_type.startswith(_DEDUPED_MEDIA) and not len(src.rels):
            key = (src.content_type, hashlib.sha256(src.blob).hexdigest())
            if key in self._media:
                self._memo[id(src)] = self._media[key]
                return self._media[key]
        clone = Part(self._partname(src.partname), src.content_type, self.package, src.blob)
        self._memo[id(src)] = clone
        if key is not None:
            self._media[key] = clone
        if src.content_type.endswith("xml"):
            self._created.append((clone, self._slot))
        for rid, rel in src.rels.items():
            self._copy_rel(clone, rid, rel, owner_source=src)
        return clone

    def _copy_rel(self, owner: Part, rid: str, rel: _Relationship, owner_source: Part | None = None) -> None:
        if rel.is_external:
            _add_rel(owner, rid, rel.reltype, rel.target_ref, external=True)
            if rel.reltype in _LINKED_MEDIA and not rel.target_ref.startswith(("http://", "https://")):
                self.losses.append(Loss("linked", rel.target_ref, self._slot))
            return
        if rel.reltype == RT.SLIDE:
            self._deferred.append((owner, rid, rel.reltype, id(rel.target_part), self._slot))
            return
        if rel.reltype == RT.NOTES_MASTER:
            _add_rel(owner, rid, rel.reltype, self.prs.notes_master_part)
            return
        in_master = owner_source is not None and owner_source.content_type in _MASTER_TYPES
        if rel.reltype in _STRUCTURAL and not (
            in_master and rel.reltype in (RT.SLIDE_MASTER, RT.SLIDE_LAYOUT)
        ):
            return  # left out; a reference to it is removed by _fix_dangling
        _add_rel(owner, rid, rel.reltype, self._clone(rel.target_part))

    # ------------------------------------------------------------------ finishing

    def _finish(self) -> None:
        for owner, rid, reltype, source_id, slot in self._deferred:
            target = self._slides.get(source_id)
            if target is not None:
                _add_rel(owner, rid, reltype, target)
            else:
                self.losses.append(Loss("slide_link", slot=slot))
        self._deferred.clear()
        for part, slot in self._created:
            self._fix_dangling(part, slot)
        self._created.clear()

    def _fix_dangling(self, part: Part, slot: int) -> None:
        """Remove what refers to a relationship the copy does not have, so the file opens clean."""
        try:
            root = etree.fromstring(part.blob)
        except etree.XMLSyntaxError:
            return
        known = set(part.rels.keys())
        bad = [
            el
            for el in root.iter(etree.Element)
            if any(v and etree.QName(k).namespace in _R and v not in known for k, v in el.attrib.items())
        ]
        if not bad:
            return
        for element in bad:
            if element.getroottree().getroot() is not root:
                continue  # already gone with an ancestor
            victim = self._victim(element)
            parent = victim.getparent()
            if parent is None:
                continue
            parent.remove(victim)
            if _local(victim.tag) in _SHAPES:
                self.losses.append(Loss("missing", _shape_name(victim), slot))
        part.blob = _xml(root)

    @staticmethod
    def _victim(element: etree._Element) -> etree._Element:
        if _local(element.tag) in _ALONE:
            return element
        node: etree._Element | None = element
        while node is not None:
            if _local(node.tag) in _SHAPES and etree.QName(node).namespace == _P:
                return node
            node = node.getparent()
        return element
