/**
 * AWS IAM importers: the credential report (users, their access keys, certificates and console passwords) and
 * the account authorization details (users' and roles' privilege, role last use, federated trust).
 */
package dev.trustmap.evidence.aws;
