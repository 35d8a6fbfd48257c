import { db } from "@/lib/db";

// Reads for the admin entity screens: never cached, editors and admins only (pages check the role).

export function listEntitiesForAdmin() {
  return db.entity.findMany({
    orderBy: [{ region: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      kind: true,
      istatCode: true,
      province: true,
      isSample: true,
      region: { select: { name: true } },
      _count: { select: { practices: true } },
    },
  });
}

export function getEntityForEdit(id: number) {
  return db.entity.findUnique({
    where: { id },
    include: {
      region: { select: { name: true } },
      practices: { select: { id: true, title: true, code: true }, orderBy: { title: "asc" }, take: 50 },
      _count: { select: { practices: true } },
    },
  });
}
