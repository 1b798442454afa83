using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Shop.Data.Migrations
{
    /// <inheritdoc />
    public partial class Change : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(
                name: "Orders",
                newName: "PurchaseOrders");

            migrationBuilder.RenameTable(
                name: "Customers",
                newName: "Customers",
                newSchema: "audit");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(
                name: "Customers",
                schema: "audit",
                newName: "Customers",
                newSchema: "public");

            migrationBuilder.RenameTable(
                name: "PurchaseOrders",
                newName: "Orders");
        }
    }
}
