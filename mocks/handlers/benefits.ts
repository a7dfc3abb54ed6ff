import { http, HttpResponse } from 'msw';
import {
  NewAdvisoryRequest,
  NewAssignment,
  NewMarketingContact,
  routes,
  type Benefit,
  type Benefits,
} from '../../app/src/api/contract';
import type { AdvisoryRequestRow, Store } from '../store';
import { grantBenefits, licenseKeys, offerView, signedInUserId } from '../store/benefits';
import { fail, notFound, parseBody } from './respond';

const canAssign = (store: Store) => store.role === 'global-admin';
const canManageGoToMarket = (store: Store) => store.role === 'global-admin' || store.role === 'mpn-partner-admin';

const notGlobalAdmin = () => fail(403, 'not-global-admin', 'Only a global admin can assign benefits.');
const sameEmail = (field: string) =>
  fail(422, 'same-email', "The email address must differ from the user's Partner Center account email.", {
    [field]: "Enter an email address different from the user's Partner Center account email.",
  });

function overview(store: Store): Benefits {
  return {
    role: store.role,
    canAssign: canAssign(store),
    canManageGoToMarket: canManageGoToMarket(store),
    signedInUserId,
    users: store.users.all(),
    benefits: store.benefits.all(),
    marketingContact: store.marketingContact,
    offers: store.goToMarketOffers.all().map((o) => offerView(store, o)),
  };
}

/** The benefit named in the path, once the partner's holdings are granted. */
function benefitOf(store: Store, id: unknown): Benefit | undefined {
  grantBenefits(store);
  return store.benefits.find(String(id));
}

const toPublic = ({ idempotencyKey: _key, ...row }: AdvisoryRequestRow) => row;

export const benefitHandlers = (store: Store) => [
  http.get(`*${routes.benefits}`, () => {
    grantBenefits(store);
    return HttpResponse.json(overview(store));
  }),

  http.post(`*${routes.benefits}/:id/keys`, ({ params }) => {
    const benefit = benefitOf(store, params.id);
    if (!benefit) return notFound('benefit');
    if (!canAssign(store)) return notGlobalAdmin();
    if (benefit.kind !== 'license-keys') return fail(409, 'no-keys', `${benefit.product} has no license keys.`);
    // Keys once revealed stay the same keys.
    if (benefit.keys) return HttpResponse.json(benefit);
    return HttpResponse.json(store.benefits.update(benefit.id, { keys: licenseKeys(store, benefit) }));
  }),

  http.get(`*${routes.benefits}/:id/downloads`, ({ params, request }) => {
    const benefit = benefitOf(store, params.id);
    if (!benefit) return notFound('benefit');
    const query = new URL(request.url).searchParams;
    const language = query.get('language') ?? '';
    const os = query.get('os') ?? '';
    if (!benefit.languages.includes(language) || !benefit.operatingSystems.some((o) => o === os))
      return fail(422, 'invalid', 'Choose a language and an operating system the product is available in.');
    const slug = benefit.product
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return HttpResponse.json(
      ['installer', 'language-pack'].map((part) => ({
        name: `${benefit.product} ${part === 'installer' ? '' : 'language pack '}(${language}, ${os})`.replace(
          '  ',
          ' ',
        ),
        url: `https://download.partner.microsoft.com/benefits/${slug}/${language}/${os}/${part}.iso`,
      })),
    );
  }),

  http.post(`*${routes.benefits}/:id/assignments`, async ({ params, request }) => {
    const benefit = benefitOf(store, params.id);
    if (!benefit) return notFound('benefit');
    if (!canAssign(store)) return notGlobalAdmin();
    const body = await parseBody(request, NewAssignment);
    if (!body.ok) return body.response;
    const user = store.users.find(body.data.userId);
    if (!user) return fail(422, 'invalid', 'Choose a user.', { userId: 'Unknown user.' });
    if (benefit.assignments.some((a) => a.userId === user.id))
      return fail(409, 'already-assigned', `${user.name} is already assigned to ${benefit.product}.`);
    if (benefit.assignments.length >= benefit.quantity)
      return fail(409, 'no-seats-left', `Every ${benefit.product} seat is assigned.`);
    const alternativeEmail = body.data.alternativeEmail;
    if (benefit.kind === 'support') {
      if (!alternativeEmail)
        return fail(422, 'invalid', 'Enter an alternative email address.', {
          alternativeEmail: 'Enter a valid email address.',
        });
      // Documented safeguard: instructions go to a second address, so it cannot be the account's own.
      if (alternativeEmail.toLowerCase() === user.email.toLowerCase()) return sameEmail('alternativeEmail');
    }
    const assignment = {
      userId: user.id,
      assignedOn: store.today(),
      ...(alternativeEmail ? { alternativeEmail } : {}),
    };
    return HttpResponse.json(store.benefits.update(benefit.id, { assignments: [...benefit.assignments, assignment] }), {
      status: 201,
    });
  }),

  http.delete(`*${routes.benefits}/:id/assignments/:userId`, ({ params }) => {
    const benefit = benefitOf(store, params.id);
    if (!benefit) return notFound('benefit');
    if (!canAssign(store)) return notGlobalAdmin();
    const userId = String(params.userId);
    if (!benefit.assignments.some((a) => a.userId === userId)) return notFound('assignment');
    return HttpResponse.json(
      store.benefits.update(benefit.id, { assignments: benefit.assignments.filter((a) => a.userId !== userId) }),
    );
  }),

  http.post(`*${routes.advisoryRequests}`, async ({ request }) => {
    if (!canAssign(store)) return notGlobalAdmin();
    const body = await parseBody(request, NewAdvisoryRequest);
    if (!body.ok) return body.response;
    const earlier = store.advisoryRequests.findBy((r) => r.idempotencyKey === body.data.idempotencyKey);
    if (earlier) return HttpResponse.json(toPublic(earlier));
    const benefit = benefitOf(store, body.data.benefitId);
    if (benefit?.kind !== 'advisory-hours') return notFound('advisory hours benefit');
    const row = store.advisoryRequests.create({
      ...body.data,
      id: store.id('adv'),
      number: store.faker.string.numeric({ length: 10, allowLeadingZeros: false }),
      createdOn: store.today(),
    });
    return HttpResponse.json(toPublic(row), { status: 201 });
  }),

  http.put(`*${routes.marketingContact}`, async ({ request }) => {
    grantBenefits(store);
    if (!canManageGoToMarket(store)) return notGlobalAdmin();
    const body = await parseBody(request, NewMarketingContact);
    if (!body.ok) return body.response;
    const user = store.users.find(body.data.userId);
    if (!user) return fail(422, 'invalid', 'Choose a user.', { userId: 'Unknown user.' });
    if (body.data.email.toLowerCase() === user.email.toLowerCase()) return sameEmail('email');
    store.marketingContact = body.data;
    return HttpResponse.json(store.marketingContact);
  }),

  http.post(`*/api/go-to-market-offers/:id/activation`, ({ params }) => {
    grantBenefits(store);
    const row = store.goToMarketOffers.find(String(params.id));
    if (!row) return notFound('Go-To-Market offer');
    if (!canManageGoToMarket(store)) return notGlobalAdmin();
    if (!store.marketingContact)
      return fail(409, 'no-marketing-contact', 'Assign a marketing contact before you activate an offer.');
    // Activating again is the same activation: the first request's date stands.
    if (row.requestedOn) return HttpResponse.json(offerView(store, row));
    return HttpResponse.json(offerView(store, store.goToMarketOffers.update(row.id, { requestedOn: store.today() })), {
      status: 201,
    });
  }),
];
