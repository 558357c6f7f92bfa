/**
 * The region's own contact, as the footer, the posters and the strategy PDF show it. Facts, not wording: every
 * value is from the region's public pages (../shared/facts.md, "The region's own contact"):
 *   - address, telephone and e-mail: the footer of the region's research unit DEFACTUM's pages,
 *     https://www.defactum.dk/aktuelt/nyheder/nyhedsarkiv/nyheder-2017/kombinationer-med-kol-hjertekarsygdom-og-diabetes-invaliderer-mange-multisyge/
 *   - the Regionshus in Viborg as the region's seat: https://www.rm.dk/om-os/organisation/
 *   - Koncern Bæredygtighed as the unit that runs the sustainability agreements and their follow-up:
 *     https://www.rm.dk/om-os/organisation/baredygtighed/region-midtjyllands-baredygtighedsaftaler/
 * No e-mail address or named person for Koncern Bæredygtighed is public: the unit is named, not a person.
 */
export const REGION_CONTACT = {
  name: 'Region Midtjylland',
  building: 'Regionshuset Viborg',
  street: 'Skottenborg 26',
  postcode: '8800',
  city: 'Viborg',
  /** As Danes write it, and as a `tel:` link. */
  telephone: '7841 0000',
  telephoneHref: 'tel:+4578410000',
  email: 'kontakt@regionmidtjylland.dk',
  website: 'https://www.rm.dk/',
  /** The unit behind the strategy's follow-up and the agreements. */
  owningUnit: 'Koncern Bæredygtighed',
} as const;

/** "www.rm.dk": the address as it is read and typed. */
export const websiteLabel = (url: string = REGION_CONTACT.website) =>
  url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** "Regionshuset Viborg, Skottenborg 26, 8800 Viborg". */
export const postalAddress = () =>
  `${REGION_CONTACT.building}, ${REGION_CONTACT.street}, ${REGION_CONTACT.postcode} ${REGION_CONTACT.city}`;
