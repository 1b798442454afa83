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
            migrationBuilder.CreateIndex(
                name: "IX_Customers_Name",
                table: "Customers",
                column: "Name",
                unique: true);

            migrationBuilder.AddUniqueConstraint(
                name: "AK_Orders_CustomerId_Total",
                table: "Orders",
                columns: new[] { "CustomerId", "Total" });

            migrationBuilder.AddCheckConstraint(
                name: "CK_Customers_Score",
                table: "Customers",
                sql: "\"Score\" >= 0");

            migrationBuilder.AddForeignKey(
                name: "FK_Customers_Customers_Score",
                table: "Customers",
                column: "Score",
                principalTable: "Customers",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Customers_Customers_Score",
                table: "Customers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Customers_Score",
                table: "Customers");

            migrationBuilder.DropUniqueConstraint(
                name: "AK_Orders_CustomerId_Total",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Customers_Name",
                table: "Customers");
        }
    }
}
