// What a partner using Partner Center in English must read, written here by hand from the product's
// requirements, never imported from the product: specs compare the screen with it, so a wrong message in the
// product fails them. Only what the documentation page does not state is here; what it states (the benefits,
// the network-member rule, "charged immediately", the option names, the links) comes from the parsed page
// (documented.ts). The screens a negative rule speaks about are stated whole (screens.ts), so the names of all
// their headings and controls are here, the labels the page names among them. The keys follow the product's
// catalog, so specs/unit/expected-wording.spec.ts can compare the two key by key: a deliberate wording change is one
// line here, an accidental one fails that test and the specs.
export const enUS = {
  app: {
    title: 'Partner Center',
    skip: 'Skip to main content',
    externalHint: '(opens another website)',
    signedInAs: ({ company, mpnId }: { company: string; mpnId: string }) => `Signed in as ${company} (MPN ID ${mpnId})`,
  },
  nav: {
    label: 'Partner Center',
    partnership: 'Partnership',
    overview: 'Overview',
    offers: 'Offers',
    benefits: 'Benefits',
    serviceRequests: 'Service requests',
    support: 'Support',
  },
  offers: {
    heading: 'Offers',
    available: 'Available offers',
    purchased: 'Purchased offers',
    noneAvailable: 'There are no offers available to you right now.',
    subscription: 'Microsoft Action Pack subscription',
    learnMore: 'More about Microsoft Action Pack',
    nonePurchased: "You haven't purchased any offers yet.",
    renewsOn: ({ date }: { date: string }) => `Renews automatically on ${date}`,
    expiresOn: ({ date }: { date: string }) => `Expires on ${date}`,
    reminder: ({ date }: { date: string }) =>
      `Your Microsoft Action Pack subscription expires on ${date}. Renew it before then to keep your benefits.`,
  },
  wizard: {
    cardShort: ({ brand, last4 }: { brand: string; last4: string }) => `${brand} •••• ${last4}`,
    charged: ({ amount, card, date }: { amount: string; card: string; date: string }) =>
      `We charged ${amount} to ${card} on ${date}.`,
    renewal: ({ date }: { date: string }) =>
      `Your Action Pack subscription will renew automatically each year on this date: ${date}.`,
    errorDeclined: 'Your card was declined. You have not been charged. Go back and choose another way to pay.',
    errorGeneric: "We couldn't complete your order. You have not been charged. Try again.",
    errorNetwork: "We couldn't reach Partner Center. Check your connection and try again.",
    fieldErrors: {
      cardNumber: 'Enter a valid card number.',
    },
    buy: 'Buy',
  },
  subscription: {
    heading: 'Microsoft Action Pack subscription',
    details: 'Subscription details',
    status: 'Status',
    active: 'Active',
    startDate: 'Purchase date',
    renewalDate: 'Renewal date',
    autoRenew: 'Automatic renewal',
    on: 'On',
    off: 'Off',
    actions: 'Actions',
    renew: 'Renew subscriptions',
    turnOff: 'Turn off automatic renewal',
    turningOff: 'Turning off automatic renewal…',
    turnedOff: 'Automatic renewal is off. You can turn it back on when you renew your subscription.',
    cannotTurnOn:
      "Automatic renewal is off. You won't be able to turn it back on until you renew the subscription again.",
    turnOffError: "We couldn't turn off automatic renewal. Nothing was changed. Try again.",
    notFound: "We couldn't find that subscription.",
    nextSteps: 'Next steps',
    related: 'Related topics',
  },
  support: {
    submitted: ({ number }: { number: string }) =>
      `Request ${number} was submitted. The Partner Center Support team will contact you.`,
    submitError: "We couldn't submit your request. Nothing was lost; try again.",
    fixErrors: 'Fill in the required information.',
    chooseTypeError: 'Choose a type of problem.',
    refundRefused: {
      'refund-window-passed': ({ date }: { date: string }) =>
        `A refund is possible only within 30 days of purchase. You purchased on ${date}.`,
      'software-activated': 'A refund is possible only before the software benefits are activated, and they have been.',
    },
    types: {
      'billing-invoice-payment': 'Help with partner invoice, payment, or reconciliation file',
    },
    fieldErrors: {
      title: 'Enter a title.',
      description: 'Describe the problem.',
      contactEmail: 'Enter a valid email address.',
    },
  },
  requests: {
    statusOpen: 'Open',
    noneOpen: 'You have no open service requests.',
  },
  brands: {
    visa: 'Visa',
  },
  benefits: {
    noSubscription: 'Subscribe to Microsoft Action Pack to get software, cloud, Visual Studio, and technical benefits.',
    roles: {
      'global-admin': 'Global admin',
      'user-admin': 'User admin',
      'admin-agent': 'Admin agent',
      'mpn-partner-admin': 'MPN partner admin',
    },
    roleNotice: ({ role }: { role: string }) =>
      `You can view benefits as ${role}. Only a global admin can assign benefits to employees.`,
    fieldErrors: {
      sameEmail: "Enter an email address different from the user's Partner Center account email.",
    },
    errors: {
      'already-assigned': ({ name }: { name: string }) => `${name} is already assigned to this benefit.`,
      generic: "We couldn't save your change. What you entered is still here; try again.",
      keys: "We couldn't get your keys. Try again.",
    },
    requestSubmitted: ({ number }: { number: string }) =>
      `Request ${number} was submitted. A Microsoft technical consultant will contact you.`,
    statuses: { available: 'Available', pending: 'Pending', active: 'Active' },
    refundUntil: ({ date }: { date: string }) =>
      `A refund is possible until ${date} if you do not get software keys before then.`,
  },
};

/** Every locale's contract has the same keys as English. */
export type Wording = typeof enUS;
